package nl.werving.decision;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's request for a human review, as read by other modules. {@code statement} and {@code outcomeReason}
 * are personal data ({@code null} once erased); {@code outcome} is empty while the review is pending.
 *
 * @param number the application's review number, from 1 (the outbox round of the outcome mail)
 */
public record DecisionReview(UUID id, UUID applicationId, int number, ReviewSubject subject, String statement,
        String originalDecidedBy, Instant requestedAt, Instant dueAt, Optional<ReviewOutcome> outcome,
        String outcomeReason, String reviewedBy, Instant reviewedAt) {

    public boolean isPending() {
        return outcome.isEmpty();
    }

    @Override
    public String toString() {
        return "DecisionReview[" + id + ", " + subject + ", " + outcome.map(Enum::name).orElse("PENDING") + "]";
    }
}
