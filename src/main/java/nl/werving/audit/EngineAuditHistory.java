package nl.werving.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the process engine's history holds about an application, as the audit trail needs it; implemented by the
 * {@code process} module, the only one that talks to the engine. Nothing here is personal data: ids, keys, versions,
 * times, staff user and group ids, and decision inputs and outputs (non-personal features and recommendation codes).
 */
public interface EngineAuditHistory {

    /**
     * Every process instance of the application (found by its reference as business key or by its application id
     * variable), with its activities and user tasks; empty after erasure, which deletes the engine's history.
     */
    List<ProcessInstanceRecord> processInstances(String reference, UUID applicationId);

    /** Every decision table evaluated in those process instances, oldest first. */
    List<EngineDecision> decisions(String reference, UUID applicationId);

    /**
     * The completed human-decision tasks of the hiring process that ended in [from, to): who completed them, when
     * they were created and completed, and the decision stage they belong to.
     */
    List<ReviewTask> reviewTasks(Instant from, Instant to);

    /** One process instance. */
    record ProcessInstanceRecord(String id, String definitionKey, int definitionVersion, Instant started,
            Instant ended, String endActivityId, List<ActivityRecord> activities, List<TaskRecord> tasks) {
    }

    /** One activity (event, gateway, service task, user task, ...) that was entered. */
    record ActivityRecord(String activityId, String name, String type, Instant started, Instant ended,
            boolean canceled) {
    }

    /** One user task: its candidate groups, the user who worked on it, and when it was created, claimed, ended. */
    record TaskRecord(String taskDefinitionKey, String name, List<String> candidateGroups, String assignee,
            Instant created, Instant claimed, Instant completed, String deleteReason) {
    }

    /**
     * One evaluation of a decision table: its key, version and deployment, its inputs by clause name, its outputs
     * by variable name, and the ids of the rules that matched.
     */
    record EngineDecision(String processInstanceId, String activityId, String decisionKey, String decisionName,
            Integer version, String deploymentId, Instant evaluatedAt, Map<String, Object> inputs,
            Map<String, Object> outputs, List<String> matchedRules) {
    }

    /**
     * A completed human-decision task.
     *
     * @param reference the application's reference (the hiring process's business key)
     * @param stage the {@code DecisionStage} name the task records its decision under
     */
    record ReviewTask(String reference, String taskDefinitionKey, String stage, String assignee, Instant created,
            Instant completed) {
    }
}
