package nl.werving.fairness;

/**
 * The stages a fairness report looks at, in the order an application passes them. What "entered" and
 * "selected" mean for each is documented in docs/fairness.md and decided by {@link StageOutcomes}.
 */
public enum FairnessStage {
    /** From the application to the invitation to the assessment. */
    SCREENING,
    /** From the assessment invitation to the first interview plan. */
    ASSESSMENT,
    /** From the first interview plan to an offer. */
    INTERVIEW,
    /** From the offer to being hired. */
    OFFER
}
