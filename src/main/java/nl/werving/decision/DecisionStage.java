package nl.werving.decision;

/** The points in the hiring procedure where a person decides. */
public enum DecisionStage {
    SCREENING_REVIEW,
    ASSESSMENT_REVIEW,
    SLOT_FOLLOW_UP,
    HIRING,
    OFFER_APPROVAL,
    OFFER_FOLLOW_UP,
    /** A person other than the one who decided reviews a decision the candidate contested. */
    DECISION_REVIEW
}
