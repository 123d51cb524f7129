package nl.werving.erasure;

/** Why an application's personal data was erased. */
public enum ErasureReason {
    /** The retention period that followed the end of the procedure ran out. */
    RETENTION_EXPIRED,
    /** The candidate asked for erasure (GDPR Art. 17). */
    CANDIDATE_REQUEST,
    /** The candidate withdrew the consent the data was kept on (e.g. the talent pool). */
    CONSENT_WITHDRAWN,
    /** The candidate did not renew the talent-pool consent before it ran out. */
    CONSENT_NOT_RENEWED
}
