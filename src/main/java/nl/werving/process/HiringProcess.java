package nl.werving.process;

/** Ids and variable names of {@code processes/HiringProcess.bpmn} that code refers to. */
public final class HiringProcess {

    public static final String PROCESS_KEY = "HiringProcess";

    /** Id of the application (a UUID, not personal data). */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** Id of the vacancy applied for. */
    public static final String VAR_VACANCY_ID = "vacancyId";

    public static final String TASK_REVIEW_APPLICATION = "Task_ReviewApplication";

    private HiringProcess() {
    }
}
