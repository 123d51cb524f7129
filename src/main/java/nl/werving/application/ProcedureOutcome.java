package nl.werving.application;

/** How the procedure of an application ended. Retention clocks start when it ends. */
public enum ProcedureOutcome {
    HIRED(ApplicationStatus.HIRED),
    REJECTED(ApplicationStatus.REJECTED),
    WITHDRAWN(ApplicationStatus.WITHDRAWN),
    OFFER_DECLINED(ApplicationStatus.OFFER_DECLINED),
    OFFER_EXPIRED(ApplicationStatus.OFFER_EXPIRED);

    private final ApplicationStatus status;

    ProcedureOutcome(ApplicationStatus status) {
        this.status = status;
    }

    /** The status an application has once its procedure ended this way. */
    public ApplicationStatus status() {
        return status;
    }
}
