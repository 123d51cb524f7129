package nl.werving.consent;

/** What a consent is for. */
public enum ConsentPurpose {
    /** Keeping the candidate's data after the procedure, to approach them about other vacancies. */
    TALENT_POOL
}
