package nl.werving.notification;

/** What a queued message is about; the sender picks the template (and language) by it. */
public enum MessageType {
    APPLICATION_RECEIVED,
    ASSESSMENT_INVITATION,
    ASSESSMENT_REMINDER,
    INTERVIEW_SLOT_PROPOSAL,
    INTERVIEW_INVITATION,
    INTERVIEW_REMINDER,
    REVIEW_OVERDUE,
    REJECTION,
    OFFER,
    OFFER_CLOSED,
    WITHDRAWAL_CONFIRMATION
}
