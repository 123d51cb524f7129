package nl.werving.decision;

import java.util.UUID;

/** A candidate asked for a human review of a decision; published once per review, in the recording transaction. */
public record DecisionReviewRequested(UUID reviewId, UUID applicationId, int number) {
}
