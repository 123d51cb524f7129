package nl.werving.interview;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewPlanRepository extends JpaRepository<InterviewPlan, UUID> {

    Optional<InterviewPlan> findByApplicationIdAndRound(UUID applicationId, int round);

    Optional<InterviewPlan> findFirstByApplicationIdOrderByRoundDesc(UUID applicationId);

    java.util.List<InterviewPlan> findByApplicationIdOrderByRound(UUID applicationId);
}
