package nl.werving.consent;

/** What a consent is for. */
public enum ConsentPurpose {
    /**
     * The candidate's acknowledgement, when applying, of the privacy notice version shown to them. Not the legal
     * basis of the processing (that is the steps before a contract), but proof of what they were told.
     */
    APPLICATION_PROCESSING,
    /** Keeping the candidate's data after the procedure, to approach them about other vacancies. */
    TALENT_POOL,
    /** Taking part in the optional, anonymous diversity survey. */
    DIVERSITY_SURVEY
}
