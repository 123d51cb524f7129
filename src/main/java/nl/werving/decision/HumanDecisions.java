package nl.werving.decision;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision module's public service: the log of decisions people took on applications. */
@Service
@Transactional(readOnly = true)
public class HumanDecisions {

    private final RecordedDecisionRepository repository;

    HumanDecisions(RecordedDecisionRepository repository) {
        this.repository = repository;
    }

    /** Stores the decision, marking it as an override when it goes against the recommendation shown. */
    @Transactional
    public void record(HumanDecision decision) {
        repository.save(new RecordedDecision(Objects.requireNonNull(decision, "decision")));
    }

    /**
     * The reason given with the newest decision that rejected the application ({@code reject} or {@code close});
     * empty when there is no such decision or it came without a reason.
     */
    public Optional<String> latestRejectionReason(UUID applicationId, DecisionStage stage) {
        return repository.findFirstByApplicationIdAndStageAndDecisionInOrderByDecidedAtDesc(applicationId, stage,
                        HumanDecision.REJECTING_DECISIONS)
                .map(RecordedDecision::reason);
    }

    /** Like {@link #latestRejectionReason(UUID, DecisionStage)}, over every stage. */
    public Optional<String> latestRejectionReason(UUID applicationId) {
        return repository.findFirstByApplicationIdAndDecisionInOrderByDecidedAtDesc(applicationId,
                        HumanDecision.REJECTING_DECISIONS)
                .map(RecordedDecision::reason);
    }
}
