package nl.werving.process;

/** Ids and variable names of {@code processes/MailDeliveryFollowUp.bpmn} that code refers to. */
public final class MailDeliveryFollowUp {

    public static final String PROCESS_KEY = "MailDeliveryFollowUp";

    // Variables: ids and the message type only; the business key is the application's reference.
    public static final String VAR_APPLICATION_ID = "applicationId";
    public static final String VAR_MESSAGE_ID = "messageId";
    public static final String VAR_MESSAGE_TYPE = "messageType";
    /** The recruiter's choice in the form: {@link #SEND_AGAIN} or {@link #HANDLED_ANOTHER_WAY}. */
    public static final String VAR_FOLLOW_UP_DECISION = "mailFollowUpDecision";
    public static final String SEND_AGAIN = "sendAgain";
    public static final String HANDLED_ANOTHER_WAY = "handledAnotherWay";

    // Task-local value shown in the form: the application's reference (the business key).
    public static final String LOCAL_APPLICATION_REFERENCE = "applicationReference";

    // Elements.
    public static final String TASK_FOLLOW_UP_UNDELIVERED_MAIL = "Task_FollowUpUndeliveredMail";
    public static final String TASK_QUEUE_MAIL_AGAIN = "Task_QueueMailAgain";
    public static final String END_EVENT_MAIL_QUEUED_AGAIN = "EndEvent_MailQueuedAgain";
    public static final String END_EVENT_HANDLED_ANOTHER_WAY = "EndEvent_HandledAnotherWay";

    private MailDeliveryFollowUp() {
    }
}
