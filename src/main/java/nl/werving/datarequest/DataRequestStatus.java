package nl.werving.datarequest;

/** Where a request stands. */
public enum DataRequestStatus {
    /** Received, being handled, before its due date. */
    OPEN,
    /** Not completed by its due date; still being handled. */
    OVERDUE,
    /** Answered. */
    COMPLETED
}
