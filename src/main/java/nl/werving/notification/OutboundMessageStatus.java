package nl.werving.notification;

/** Where a queued message is on its way out. */
public enum OutboundMessageStatus {
    /** Queued, waiting for its (next) attempt. */
    PENDING,
    /** Handed to the mail server (or, in demo mode, to the development mailbox). */
    SENT,
    /**
     * Every attempt failed; the row stays, and {@link MailDeliveryFailed} was handled (a recruiter follows it up).
     * {@link Outbox#retryFailed} puts it back to {@link #PENDING}.
     */
    FAILED,
    /** Not sent on purpose, with the reason in {@code last_failure}, e.g. no address for a staff recipient. */
    SKIPPED
}
