package nl.werving.governance;

import java.time.Instant;
import java.util.List;

/**
 * The model versions an application went through: the process instances with their process version, each
 * decision evaluation with the decision table's version, and each user task with the form version it used.
 */
public record ApplicationVersions(String reference, List<ProcessUse> processes, List<DecisionUse> decisions,
        List<FormUse> forms) {

    /** A process instance of the application and the process version it runs (or ran) on. */
    public record ProcessUse(String processKey, Integer version, String processInstanceId, Instant startedAt,
            Instant endedAt) {
    }

    /** A decision evaluation, from the engine's decision history. */
    public record DecisionUse(String decisionKey, Integer version, String processKey, String activityId,
            Instant evaluatedAt) {
    }

    /**
     * A user task and the form version it used. Forms are bound with {@code latest}, so the engine records no form
     * version on the task: for a completed task it is the newest version of the form deployed at or before the
     * task's completion (the version Tasklist showed when it was submitted); for an open task the newest version
     * now ({@code completedAt} null). Null version when no form of that key was deployed at the time.
     */
    public record FormUse(String formKey, Integer version, String processKey, String taskDefinitionKey,
            Instant completedAt) {
    }
}
