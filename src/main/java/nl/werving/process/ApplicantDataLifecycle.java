package nl.werving.process;

import java.time.Duration;

/**
 * Ids, message names and variable names of {@code processes/ApplicantDataLifecycle.bpmn} and
 * {@code processes/RetentionPeriodDecision.dmn} that code refers to. The lifecycle holds no personal data: ids,
 * the outcome, periods, dates, booleans and rule ids only, so erasure of the engine's data may leave it alone.
 */
public final class ApplicantDataLifecycle {

    public static final String PROCESS_KEY = "ApplicantDataLifecycle";
    public static final String DECISION_KEY = "RetentionPeriodDecision";

    // Variables.
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** How the procedure ended: a {@link nl.werving.application.ProcedureOutcome} name; null while it runs. */
    public static final String VAR_OUTCOME = "outcome";
    /** When the current retention period starts (a date): the end of the procedure, or a consent given later. */
    public static final String VAR_RETENTION_STARTS_AT = "retentionStartsAt";
    /** Whether a talent-pool consent was in force when the period was decided. */
    public static final String VAR_TALENT_POOL_CONSENT = "talentPoolConsent";
    /** The decision table's outputs: an ISO-8601 period (e.g. {@code P28D}) and the rule's id. */
    public static final String VAR_RETENTION_PERIOD = "retentionPeriod";
    public static final String VAR_RETENTION_RULE = "retentionRule";
    /** Whether the period rests on the candidate's consent: renewal is asked before it ends, withdrawal erases. */
    public static final String VAR_CONSENT_BASED = "consentBased";
    /** When the data is erased (a date), unless a hold, a consent or a request changes it. */
    public static final String VAR_RETENTION_DUE_AT = "retentionDueAt";
    /** When the candidate is asked to renew the talent-pool consent (a date); null outside the talent pool. */
    public static final String VAR_RENEWAL_DUE_AT = "renewalDueAt";
    /** While on legal hold: what was left of the period and until the renewal request (ISO-8601 durations). */
    public static final String VAR_RETENTION_REMAINING = "retentionRemaining";
    public static final String VAR_RENEWAL_REMAINING = "renewalRemaining";
    /**
     * When a talent-pool consent was last given or withdrawn (dates, set by the messages; each clears the other).
     * Placing a legal hold clears both, so at its release they tell whether the consent changed during the hold.
     */
    public static final String VAR_CONSENT_GIVEN_AT = "consentGivenAt";
    public static final String VAR_CONSENT_WITHDRAWN_AT = "consentWithdrawnAt";
    /** Counts the talent-pool periods, numbering the renewal requests. */
    public static final String VAR_TALENT_POOL_PERIOD = "talentPoolPeriod";
    /** Counts refused erasure requests, numbering the refusal mails. */
    public static final String VAR_ERASURE_REFUSAL_NUMBER = "erasureRefusalNumber";
    /**
     * {@code true} while the legal hold was placed for a pending human review of a contested decision
     * ({@code DecisionReview}), not by the DPO: the review releases it, and a candidate's erasure request lifts it.
     */
    public static final String VAR_HOLD_FOR_REVIEW = "legalHoldForReview";
    /** Task-local input of each erasure task: an {@link nl.werving.erasure.ErasureReason} name. */
    public static final String LOCAL_ERASURE_REASON = "erasureReason";

    // Messages (BPMN message names).
    public static final String MESSAGE_PROCEDURE_ENDED = "ProcedureEnded";
    public static final String MESSAGE_TALENT_POOL_CONSENT_GIVEN = "TalentPoolConsentGiven";
    public static final String MESSAGE_TALENT_POOL_CONSENT_WITHDRAWN = "TalentPoolConsentWithdrawn";
    public static final String MESSAGE_LEGAL_HOLD_PLACED = "LegalHoldPlaced";
    public static final String MESSAGE_LEGAL_HOLD_RELEASED = "LegalHoldReleased";
    public static final String MESSAGE_ERASURE_REQUESTED = "ErasureRequested";

    // Elements.
    public static final String TASK_WAIT_FOR_PROCEDURE_END = "Task_WaitForProcedureEnd";
    public static final String SUB_PROCESS_RETENTION_RUNNING = "SubProcess_RetentionRunning";
    public static final String EVENT_RETENTION_PERIOD_OVER = "Event_RetentionPeriodOver";
    public static final String EVENT_RENEWAL_DUE = "Event_RenewalDue";
    public static final String EVENT_TALENT_POOL_PERIOD_OVER = "Event_TalentPoolPeriodOver";
    public static final String TASK_ON_LEGAL_HOLD = "Task_OnLegalHold";
    public static final String END_EVENT_DATA_ERASED = "EndEvent_DataErased";
    public static final String END_EVENT_ERASURE_REFUSED = "EndEvent_ErasureRefused";

    /** The candidate is asked to renew the talent-pool consent this long before its period ends. */
    public static final Duration RENEWAL_REQUEST_BEFORE = Duration.ofDays(30);

    private ApplicantDataLifecycle() {
    }
}
