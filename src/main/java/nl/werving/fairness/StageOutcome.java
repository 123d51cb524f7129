package nl.werving.fairness;

/** Where an application stands in one {@link FairnessStage}. */
public enum StageOutcome {
    /** The application never reached the stage. */
    NOT_ENTERED,
    /** In the stage, with no outcome yet: left out of the stage's rates. */
    PENDING,
    /** Moved on to the next stage (for the offer stage: hired). */
    SELECTED,
    /** The procedure ended in this stage without moving on (rejected, or an offer that expired). */
    NOT_SELECTED,
    /** The candidate withdrew or declined the offer in this stage: their choice, left out of the stage's rates. */
    WITHDREW;

    /** Whether the outcome counts in the stage's rates (selected or not selected). */
    public boolean decided() {
        return this == SELECTED || this == NOT_SELECTED;
    }
}
