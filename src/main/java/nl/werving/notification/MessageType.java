package nl.werving.notification;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a queued message is about; the sender picks the template (and language) by it and by who receives it.
 * Each type names the recipients it has templates for.
 */
public enum MessageType {
    APPLICATION_RECEIVED(RecipientKind.CANDIDATE),
    ASSESSMENT_INVITATION(RecipientKind.CANDIDATE),
    ASSESSMENT_REMINDER(RecipientKind.CANDIDATE),
    INTERVIEW_SLOT_PROPOSAL(RecipientKind.CANDIDATE),
    /** To the candidate and to every interviewer, each with their calendar invitation attached. */
    INTERVIEW_INVITATION(RecipientKind.CANDIDATE, RecipientKind.STAFF),
    /**
     * To the candidate and to every interviewer when a scheduled interview moved: the new time, with the round's
     * calendar event as its next revision (same UID, higher SEQUENCE). Numbered per application, not by round.
     */
    INTERVIEW_UPDATE(RecipientKind.CANDIDATE, RecipientKind.STAFF),
    /** To the candidate, the day before the interview. */
    INTERVIEW_REMINDER(RecipientKind.CANDIDATE),
    /** To every interviewer of a round cancelled after its slot was chosen, with the calendar cancellation. */
    INTERVIEW_CANCELLATION(RecipientKind.STAFF),
    /** To the staff group that takes over an overdue review. */
    REVIEW_OVERDUE(RecipientKind.STAFF),
    REJECTION(RecipientKind.CANDIDATE),
    OFFER(RecipientKind.CANDIDATE),
    OFFER_CLOSED(RecipientKind.CANDIDATE),
    /** With the calendar cancellation attached when the candidate's scheduled interview was cancelled by it. */
    WITHDRAWAL_CONFIRMATION(RecipientKind.CANDIDATE),
    /** Confirms the candidate's objection to automated processing: a person handles the application from now on. */
    OBJECTION_CONFIRMATION(RecipientKind.CANDIDATE),
    /** Asks the candidate, before a talent-pool period ends, to renew the consent, with a consent link. Numbered by period. */
    TALENT_POOL_RENEWAL(RecipientKind.CANDIDATE),
    /** Tells the candidate why an erasure request cannot be met now: a legal hold applies. Numbered per request. */
    ERASURE_REFUSED_LEGAL_HOLD(RecipientKind.CANDIDATE),
    /**
     * Asks the candidate to confirm a data request made on the status page, with a fresh single-use link; the round's
     * last digit names the kind of request (see {@code DataRequestLinks}).
     */
    DATA_REQUEST_CONFIRMATION(RecipientKind.CANDIDATE),
    /** The candidate's data export can be downloaded once, through a short-lived link; numbered by the request. */
    DATA_EXPORT_READY(RecipientKind.CANDIDATE),
    /** The candidate's data request was handled (their data was corrected); numbered by the request. */
    DATA_REQUEST_COMPLETED(RecipientKind.CANDIDATE),
    /** To the DPO group: a data request is due within a week; numbered by the request. */
    DATA_REQUEST_DUE_SOON(RecipientKind.STAFF),
    /**
     * The outcome of a human review the candidate asked for (upheld with the reviewer's reason, or overturned);
     * numbered by the application's review.
     */
    DECISION_REVIEW_OUTCOME(RecipientKind.CANDIDATE),
    /** To the team leads: a review the candidate asked for is due within a week; numbered by the review. */
    DECISION_REVIEW_DUE_SOON(RecipientKind.STAFF);

    private final Set<RecipientKind> recipients;

    MessageType(RecipientKind first, RecipientKind... more) {
        this.recipients = EnumSet.of(first, more);
    }

    /** Whether this type has templates for, and may be queued to, this kind of recipient. */
    public boolean isFor(RecipientKind kind) {
        return recipients.contains(kind);
    }
}
