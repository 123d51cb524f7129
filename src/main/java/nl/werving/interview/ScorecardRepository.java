package nl.werving.interview;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardRepository extends JpaRepository<Scorecard, UUID> {

    Optional<Scorecard> findByApplicationIdAndRoundAndInterviewerId(UUID applicationId, int round, String interviewerId);

    List<Scorecard> findByApplicationIdAndRound(UUID applicationId, int round);

    List<Scorecard> findByApplicationIdOrderByRoundAscSubmittedAtAsc(UUID applicationId);
}
