package nl.werving.decision;

/** What a candidate asks a person to review. */
public enum ReviewSubject {
    /** The rejection that ended the procedure (a person took it, possibly after an automated recommendation). */
    REJECTION,
    /** The automated screening recommendation, while the procedure runs. */
    SCREENING_RECOMMENDATION
}
