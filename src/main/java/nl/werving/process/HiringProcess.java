package nl.werving.process;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.ProcedureOutcome;

/** Ids, message names and variable names of {@code processes/HiringProcess.bpmn} that code refers to. */
public final class HiringProcess {

    public static final String PROCESS_KEY = "HiringProcess";

    // Variables: ids and non-personal decision features only.
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_VACANCY_ID = "vacancyId";
    public static final String VAR_CANDIDATE_OBJECTED = "candidateObjected";
    public static final String VAR_AUTOMATION_SWITCHED_OFF = "automationSwitchedOff";
    public static final String VAR_AUTOMATION_ALLOWED = "automationAllowed";
    public static final String VAR_KNOCKOUT_FAILED = "knockoutFailed";
    public static final String VAR_MUST_HAVE_MISSING = "mustHaveMissing";
    public static final String VAR_SCREENING_SCORE = "screeningScore";
    public static final String VAR_ASSESSMENT_SCORE = "assessmentScore";
    public static final String VAR_INTERVIEW_ROUND = "interviewRound";
    public static final String VAR_INTERVIEW_STARTS_AT = "interviewStartsAt";
    public static final String VAR_INTERVIEW_ENDS_AT = "interviewEndsAt";
    public static final String VAR_INTERVIEW_REMINDER_DUE = "interviewReminderDue";
    public static final String VAR_INTERVIEW_REMINDER_AT = "interviewReminderAt";
    public static final String VAR_SCORECARD_COUNT = "scorecardCount";
    public static final String VAR_SCORECARD_AVERAGE = "scorecardAverage";
    public static final String VAR_SALARY_BAND_KNOWN = "salaryBandKnown";
    public static final String VAR_SALARY_ABOVE_BAND = "salaryAboveBand";
    public static final String VAR_OFFER_APPROVAL_COMMENT = "offerApprovalComment";
    public static final String VAR_SLOT_PROPOSAL_NUMBER = "slotProposalNumber";
    public static final String VAR_OFFER_NUMBER = "offerNumber";
    public static final String VAR_ESCALATION_NUMBER = "escalationNumber";
    public static final String VAR_INTERVIEW_UPDATE_NUMBER = "interviewUpdateNumber";

    // Task-local form fields: stored by Werving on completion, never kept in the process.
    public static final String LOCAL_REJECTION_REASON = "rejectionReason";

    // Messages (BPMN message names).
    public static final String MESSAGE_ASSESSMENT_RESULT_RECEIVED = "AssessmentResultReceived";
    public static final String MESSAGE_INTERVIEW_SLOT_CHOSEN = "InterviewSlotChosen";
    public static final String MESSAGE_INTERVIEW_RESCHEDULE_REQUESTED = "InterviewRescheduleRequested";
    public static final String MESSAGE_OFFER_ACCEPTED = "OfferAccepted";
    public static final String MESSAGE_OFFER_DECLINED = "OfferDeclined";
    public static final String MESSAGE_CANDIDATE_WITHDREW = "CandidateWithdrew";
    public static final String MESSAGE_CANDIDATE_OBJECTED = "CandidateObjected";
    public static final String MESSAGE_AUTOMATION_SWITCHED_OFF = "AutomationSwitchedOff";

    // Elements.
    public static final String TASK_REVIEW_SCREENING = "Task_ReviewScreening";
    public static final String TASK_WAIT_FOR_ASSESSMENT_RESULT = "Task_WaitForAssessmentResult";
    public static final String TASK_REVIEW_ASSESSMENT = "Task_ReviewAssessment";
    public static final String TASK_FOLLOW_UP_SLOT_CHOICE = "Task_FollowUpSlotChoice";
    public static final String TASK_DECIDE_HIRING = "Task_DecideHiring";
    public static final String TASK_APPROVE_OFFER_BY_MANAGER = "Task_ApproveOfferByManager";
    public static final String TASK_APPROVE_OFFER_BY_HR = "Task_ApproveOfferByHr";
    public static final String TASK_FOLLOW_UP_EXPIRED_OFFER = "Task_FollowUpExpiredOffer";

    /** The candidate's interview reminder goes out this long before the interview starts. */
    public static final Duration INTERVIEW_REMINDER_BEFORE = Duration.ofHours(24);
    /** A reminder that would go out sooner than this after the slot is chosen is left out: the invitation is fresh. */
    public static final Duration INTERVIEW_REMINDER_MIN_NOTICE = Duration.ofHours(1);

    /** How each end event of the procedure ends the candidacy. */
    public static final Map<String, ProcedureOutcome> OUTCOME_BY_END_EVENT = Map.of(
            "EndEvent_CandidateHired", ProcedureOutcome.HIRED,
            "EndEvent_CandidateRejected", ProcedureOutcome.REJECTED,
            "EndEvent_CandidateWithdrew", ProcedureOutcome.WITHDRAWN,
            "EndEvent_OfferDeclined", ProcedureOutcome.OFFER_DECLINED,
            "EndEvent_OfferExpired", ProcedureOutcome.OFFER_EXPIRED);

    private HiringProcess() {
    }

    /** The variable that records which version of a decision table decided, e.g. {@code screeningDecisionVersion}. */
    public static String decisionVersionVariable(String decisionKey) {
        String stem = decisionKey.endsWith("Decision") ? decisionKey.substring(0, decisionKey.length() - 8) : decisionKey;
        return Character.toLowerCase(stem.charAt(0)) + stem.substring(1) + "DecisionVersion";
    }

    /**
     * The variables a hiring process starts with, a new map each time: the application's and the vacancy's ids, no
     * objection, automation not switched off, the first interview round.
     */
    public static Map<String, Object> startVariables(UUID applicationId, UUID vacancyId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_APPLICATION_ID, applicationId.toString());
        variables.put(VAR_VACANCY_ID, vacancyId.toString());
        variables.put(VAR_CANDIDATE_OBJECTED, false);
        variables.put(VAR_AUTOMATION_SWITCHED_OFF, false);
        variables.put(VAR_INTERVIEW_ROUND, 1);
        return variables;
    }
}
