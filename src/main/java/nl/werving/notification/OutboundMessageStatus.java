package nl.werving.notification;

/** Where a queued message is on its way out. Queueing is all that exists so far: every message is pending. */
public enum OutboundMessageStatus {
    PENDING
}
