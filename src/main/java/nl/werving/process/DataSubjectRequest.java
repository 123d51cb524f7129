package nl.werving.process;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Ids and variable names of {@code processes/DataSubjectRequest.bpmn} that code refers to. */
public final class DataSubjectRequest {

    public static final String PROCESS_KEY = "DataSubjectRequest";

    // Variables: ids, the request's type and its due date only; the business key is the application's reference.
    public static final String VAR_DATA_REQUEST_ID = "dataRequestId";
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** {@code ACCESS}, {@code RECTIFICATION}, {@code OBJECTION} or {@code ERASURE}. */
    public static final String VAR_REQUEST_TYPE = "requestType";
    /** When the answer is due (ISO-8601 instant): one calendar month after receipt, GDPR Art. 12(3). */
    public static final String VAR_DUE_AT = "dueAt";
    /** The DPO's answer in the form: {@link #CORRECTED} or {@link #NOTHING_TO_CORRECT}. */
    public static final String VAR_RECTIFICATION_OUTCOME = "rectificationOutcome";
    public static final String CORRECTED = "corrected";
    public static final String NOTHING_TO_CORRECT = "nothingToCorrect";

    // Task-local value shown in the form: the application's reference (the business key).
    public static final String LOCAL_APPLICATION_REFERENCE = "applicationReference";

    // Elements.
    public static final String START_EVENT_DATA_REQUEST_RECEIVED = "StartEvent_DataRequestReceived";
    public static final String TASK_CORRECT_APPLICANT_DATA = "Task_CorrectApplicantData";
    public static final String TASK_CORRECT_APPLICANT_DATA_OVERDUE = "Task_CorrectApplicantDataOverdue";
    public static final String BOUNDARY_EVENT_REQUEST_DUE_SOON = "BoundaryEvent_RequestDueSoon";
    public static final String BOUNDARY_EVENT_REQUEST_OVERDUE = "BoundaryEvent_RequestOverdue";
    public static final String BOUNDARY_EVENT_AUTOMATED_REQUEST_DUE_SOON = "BoundaryEvent_AutomatedRequestDueSoon";
    public static final String TASK_ESCALATE_DATA_REQUEST = "Task_EscalateDataRequest";
    public static final String TASK_ESCALATE_STALLED_REQUEST = "Task_EscalateStalledRequest";
    public static final String TASK_MARK_REQUEST_OVERDUE = "Task_MarkRequestOverdue";
    public static final String TASK_CONFIRM_RECTIFICATION = "Task_ConfirmRectification";
    public static final String SUB_PROCESS_HANDLE_AUTOMATICALLY = "SubProcess_HandleAutomatically";
    public static final String TASK_MAKE_DATA_EXPORT_AVAILABLE = "Task_MakeDataExportAvailable";
    public static final String TASK_FORWARD_OBJECTION = "Task_ForwardObjection";
    public static final String TASK_FORWARD_ERASURE_REQUEST = "Task_ForwardErasureRequest";
    public static final String TASK_RECORD_REQUEST_COMPLETED = "Task_RecordRequestCompleted";
    public static final String END_EVENT_REQUEST_COMPLETED = "EndEvent_RequestCompleted";
    public static final String END_EVENT_REQUEST_ESCALATED = "EndEvent_RequestEscalated";
    public static final String END_EVENT_STALLED_REQUEST_ESCALATED = "EndEvent_StalledRequestEscalated";

    /** How long before the due date the DPO is warned. */
    public static final java.time.Duration ESCALATE_BEFORE_DUE = java.time.Duration.ofDays(7);

    private DataSubjectRequest() {
    }

    public static UUID requestId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_DATA_REQUEST_ID));
    }

    public static UUID applicationId(VariableScope scope) {
        return UUID.fromString((String) scope.getVariable(VAR_APPLICATION_ID));
    }
}
