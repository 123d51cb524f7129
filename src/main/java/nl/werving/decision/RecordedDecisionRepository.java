package nl.werving.decision;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecordedDecisionRepository extends JpaRepository<RecordedDecision, UUID> {

    Optional<RecordedDecision> findFirstByApplicationIdAndStageAndDecisionInOrderByDecidedAtDesc(UUID applicationId,
            DecisionStage stage, java.util.Collection<String> decisions);

    Optional<RecordedDecision> findFirstByApplicationIdAndDecisionInOrderByDecidedAtDesc(UUID applicationId,
            Collection<String> decisions);

    Optional<RecordedDecision> findFirstByApplicationIdAndStageOrderByDecidedAtDesc(UUID applicationId,
            DecisionStage stage);

    java.util.List<RecordedDecision> findByApplicationIdOrderByDecidedAt(UUID applicationId);
}
