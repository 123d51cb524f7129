package nl.werving.decision;

/** A review request or outcome that cannot be taken as it is; nothing was recorded. */
public class DecisionReviewRefusedException extends RuntimeException {

    /** Why it was refused. */
    public enum Reason {
        /** The candidate's statement is empty. */
        STATEMENT_MISSING,
        /** The candidate's statement is longer than {@link DecisionReviews#MAX_STATEMENT_LENGTH}. */
        STATEMENT_TOO_LONG,
        /** A review of this application is pending already. */
        ALREADY_PENDING,
        /** The review was decided already. */
        ALREADY_DECIDED,
        /** The reviewer took the contested decision themselves. */
        SAME_PERSON,
        /** An upheld decision needs a reason, or the reason is too long. */
        REASON_INVALID
    }

    private final Reason reason;

    public DecisionReviewRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
