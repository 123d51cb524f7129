package nl.werving.decision;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A decision a person took on an application, and the automated recommendation they saw when taking it
 * ({@code null} when none was shown). The {@code reason} is free text about the candidate: personal data,
 * erased with the applicant's other data when retention ends.
 *
 * @param round the round within the stage, e.g. the interview round; a stage that happens once usually passes 1
 * @param recommendationShown e.g. {@code advance}, {@code reject} or {@code review}
 * @param decision e.g. {@code advance}, {@code reject}, {@code offer}, {@code anotherRound}, {@code close}
 * @param decidedBy the Camunda user id of the person who decided
 */
public record HumanDecision(UUID applicationId, DecisionStage stage, int round, String recommendationShown,
        String decision, String reason, String decidedBy, Instant decidedAt) {

    public static final int MAX_REASON_LENGTH = 2000;
    static final int MAX_VALUE_LENGTH = 40;
    static final int MAX_USER_ID_LENGTH = 64;

    /** Recommendations that propose an outcome; {@code review} leaves the decision open and cannot be overridden. */
    private static final Set<String> OUTCOME_RECOMMENDATIONS = Set.of("advance", "reject");

    /** Decisions that end the procedure for the candidate. */
    static final Set<String> REJECTING_DECISIONS = Set.of("reject", "close");

    public HumanDecision {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (round < 0) {
            throw new IllegalArgumentException("A decision's round must not be negative");
        }
        if (decision.isBlank() || decision.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("A decision must be a value of 1 to " + MAX_VALUE_LENGTH + " characters");
        }
        if (recommendationShown != null && recommendationShown.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("A recommendation must not exceed " + MAX_VALUE_LENGTH + " characters");
        }
        if (decidedBy.isBlank() || decidedBy.length() > MAX_USER_ID_LENGTH) {
            throw new IllegalArgumentException("decidedBy must be a user id of 1 to " + MAX_USER_ID_LENGTH + " characters");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("A decision's reason must not exceed " + MAX_REASON_LENGTH + " characters");
        }
    }

    /**
     * Whether the person decided against the recommendation they were shown: the recommendation proposed an
     * outcome ({@code advance} or {@code reject}) and the decision differs from it.
     */
    public boolean isOverride() {
        return recommendationShown != null && OUTCOME_RECOMMENDATIONS.contains(recommendationShown)
                && !recommendationShown.equals(decision);
    }

    /** Whether the decision ends the procedure for the candidate ({@code reject} or {@code close}). */
    public boolean isRejection() {
        return REJECTING_DECISIONS.contains(decision);
    }

    @Override
    public String toString() {
        return "HumanDecision[applicationId=" + applicationId + ", stage=" + stage + ", round=" + round
                + ", recommendationShown=" + recommendationShown + ", decision=" + decision + ", reason=redacted]";
    }
}
