package nl.werving.process;

/** Ids and variable names of {@code processes/AssessmentResultDelivery.bpmn} that code refers to. */
public final class AssessmentResultDelivery {

    public static final String PROCESS_KEY = "AssessmentResultDelivery";

    // The business key is the application's reference; this outcome is the only variable.
    /** Whether the hiring process took the result ({@code false}: it had left its assessment stage). */
    public static final String VAR_ASSESSMENT_RESULT_DELIVERED = "assessmentResultDelivered";

    // Elements.
    public static final String TASK_DELIVER_ASSESSMENT_RESULT = "Task_DeliverAssessmentResult";
    public static final String END_EVENT_ASSESSMENT_RESULT_DELIVERED = "EndEvent_AssessmentResultDelivered";
    public static final String END_EVENT_ASSESSMENT_RESULT_KEPT = "EndEvent_AssessmentResultKept";

    private AssessmentResultDelivery() {
    }
}
