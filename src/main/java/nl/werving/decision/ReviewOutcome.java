package nl.werving.decision;

/** What the reviewer concluded about a contested decision. */
public enum ReviewOutcome {
    /** The decision stands; the reviewer gives the reason. */
    UPHELD,
    /** The decision is set aside; a recruiter takes the application up again. */
    OVERTURNED;

    /** The value of the decision in the decision log ({@code human_decision.decision}). */
    public String decisionValue() {
        return this == UPHELD ? "uphold" : "overturn";
    }
}
