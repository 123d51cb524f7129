package nl.werving.application;

/**
 * Where an application stands, as far as the application module knows: submitted and in progress, or ended
 * with one of the {@link ProcedureOutcome outcomes}.
 */
public enum ApplicationStatus {
    SUBMITTED,
    HIRED,
    REJECTED,
    WITHDRAWN,
    OFFER_DECLINED,
    OFFER_EXPIRED
}
