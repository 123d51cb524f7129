package nl.werving.process;

import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Ids and variable names of {@code processes/DecisionReview.bpmn} that code refers to. */
public final class DecisionReviewProcess {

    public static final String PROCESS_KEY = "DecisionReview";

    // Variables: ids, dates, a flag and the outcome only; the business key is the application's reference.
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_REVIEW_ID = "decisionReviewId";
    public static final String VAR_REVIEW_NUMBER = "decisionReviewNumber";
    /** When the answer is due (one month after the request), ISO-8601; the review task's due date. */
    public static final String VAR_DUE_AT = "reviewDueAt";
    /** When the team leads are reminded, {@link #REMIND_BEFORE_DUE} before the due date, ISO-8601. */
    public static final String VAR_REMIND_AT = "reviewRemindAt";
    /** Whether the review stopped the application's retention clock (and so releases it when answered). */
    public static final String VAR_HOLD_PLACED = "retentionHoldPlaced";
    /** The reviewer's choice in the form: {@code UPHELD} or {@code OVERTURNED}. */
    public static final String VAR_OUTCOME = "reviewOutcome";

    // Task-local values: the reviewer's reason (input), and what the form shows.
    public static final String LOCAL_REASON = "reviewReason";
    public static final String LOCAL_APPLICATION_REFERENCE = "applicationReference";
    public static final String LOCAL_STATEMENT = "candidateStatement";
    public static final String LOCAL_SUBJECT = "contestedSubject";
    public static final String LOCAL_CONTESTED_REASON = "contestedReason";
    public static final String LOCAL_SCREENING_EXPLANATION = "screeningExplanation";

    // Elements.
    public static final String START_EVENT_REVIEW_REQUESTED = "StartEvent_ReviewRequested";
    public static final String TASK_HOLD_DATA = "Task_HoldDataForReview";
    public static final String TASK_RELEASE_DATA = "Task_ReleaseDataAfterReview";
    public static final String TASK_REVIEW_DECISION = "Task_ReviewContestedDecision";
    public static final String BOUNDARY_EVENT_REVIEW_DUE_SOON = "BoundaryEvent_ReviewDueSoon";
    public static final String TASK_REMIND_REVIEWERS = "Task_RemindReviewers";
    public static final String TASK_SEND_REVIEW_OUTCOME = "Task_SendReviewOutcome";
    public static final String TASK_TAKE_UP_APPLICATION_AGAIN = "Task_TakeUpApplicationAgain";
    public static final String END_EVENT_DECISION_UPHELD = "EndEvent_DecisionUpheld";
    public static final String END_EVENT_DECISION_OVERTURNED = "EndEvent_DecisionOverturned";

    /** How long before the due date the team leads are reminded. */
    public static final Duration REMIND_BEFORE_DUE = Duration.ofDays(7);

    private DecisionReviewProcess() {
    }

    public static UUID applicationId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_APPLICATION_ID));
    }

    public static UUID reviewId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_REVIEW_ID));
    }

    public static int reviewNumber(VariableScope scope) {
        return ((Number) scope.getVariable(VAR_REVIEW_NUMBER)).intValue();
    }
}
