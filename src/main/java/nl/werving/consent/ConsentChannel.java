package nl.werving.consent;

/** How a consent was given or withdrawn. */
public enum ConsentChannel {
    /** The application form (portal or public API) when applying. */
    APPLICATION_FORM,
    /** A signed link the candidate received by mail. */
    CANDIDATE_LINK,
    /** A recruiter recorded what the candidate said, e.g. on the phone. */
    RECRUITER
}
