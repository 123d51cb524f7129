package nl.werving.notification;

/** Who a queued message goes to: the application's candidate, or a staff member or group. */
public enum RecipientKind {
    CANDIDATE,
    STAFF
}
