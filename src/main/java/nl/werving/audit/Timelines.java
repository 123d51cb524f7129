package nl.werving.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.audit.EngineAuditHistory.ActivityRecord;
import nl.werving.audit.EngineAuditHistory.ProcessInstanceRecord;
import nl.werving.audit.EngineAuditHistory.TaskRecord;

/** Turns the engine's history and the decision records into timeline entries, and merges them in time order. */
final class Timelines {

    /** Oldest first; entries without a time last; entries at the same instant keep the order they were given in. */
    static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator.comparing(TimelineEntry::at,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private Timelines() {
    }

    /** All parts as one list, oldest first (a stable sort: ties keep the order of the parts and within them). */
    @SafeVarargs
    static List<TimelineEntry> merge(Collection<TimelineEntry>... parts) {
        List<TimelineEntry> merged = new ArrayList<>();
        for (Collection<TimelineEntry> part : parts) {
            merged.addAll(part);
        }
        merged.sort(CHRONOLOGICAL);
        return List.copyOf(merged);
    }

    /** Decision records oldest first; ties keep their order. */
    static List<DecisionRecord> sortDecisions(Collection<DecisionRecord> decisions) {
        List<DecisionRecord> sorted = new ArrayList<>(decisions);
        sorted.sort(Comparator.comparing(DecisionRecord::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(sorted);
    }

    /**
     * Per process instance: its start and end, every activity other than user tasks, and per user task when it was
     * created (with its candidate groups), claimed and completed (with its assignee).
     */
    static List<TimelineEntry> process(List<ProcessInstanceRecord> instances) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (ProcessInstanceRecord instance : instances) {
            entries.add(new TimelineEntry(instance.started(), "PROCESS", "process-started", details(
                    "processInstanceId", instance.id(), "process", instance.definitionKey(),
                    "processVersion", instance.definitionVersion())));
            for (ActivityRecord activity : instance.activities()) {
                if ("userTask".equals(activity.type())) {
                    continue;
                }
                entries.add(new TimelineEntry(activity.started(), "PROCESS", "activity", details(
                        "process", instance.definitionKey(), "activityId", activity.activityId(),
                        "name", activity.name(), "type", activity.type(), "ended", activity.ended(),
                        "canceled", activity.canceled() ? Boolean.TRUE : null)));
            }
            for (TaskRecord task : instance.tasks()) {
                entries.add(new TimelineEntry(task.created(), "TASK", "task-created", details(
                        "process", instance.definitionKey(), "task", task.taskDefinitionKey(), "name", task.name(),
                        "candidateGroups", task.candidateGroups())));
                if (task.claimed() != null) {
                    entries.add(new TimelineEntry(task.claimed(), "TASK", "task-claimed", details(
                            "task", task.taskDefinitionKey(), "assignee", task.assignee())));
                }
                if (task.completed() != null) {
                    boolean completed = task.deleteReason() == null || "completed".equals(task.deleteReason());
                    entries.add(new TimelineEntry(task.completed(), "TASK",
                            completed ? "task-completed" : "task-ended", details("task", task.taskDefinitionKey(),
                                    "assignee", task.assignee(), "created", task.created(), "claimed", task.claimed(),
                                    "endReason", completed ? null : task.deleteReason())));
                }
            }
            if (instance.ended() != null) {
                entries.add(new TimelineEntry(instance.ended(), "PROCESS", "process-ended", details(
                        "processInstanceId", instance.id(), "process", instance.definitionKey(),
                        "endActivityId", instance.endActivityId())));
            }
        }
        return entries;
    }

    /** One entry per decision record. */
    static List<TimelineEntry> decisions(List<DecisionRecord> decisions) {
        return decisions.stream().map(decision -> new TimelineEntry(decision.at(), "DECISION",
                DecisionRecord.HUMAN.equals(decision.kind()) ? "human-decision" : "automated-recommendation",
                details("source", decision.source(), "stage", decision.stage(), "round", decision.round(),
                        "decisionKey", decision.decisionKey(), "decisionVersion", decision.decisionVersion(),
                        "deploymentId", decision.deploymentId(), "inputs", decision.inputs(),
                        "outputs", decision.outputs(), "matchedRules", decision.matchedRules(),
                        "recommendation", decision.recommendation(),
                        "recommendationShown", decision.recommendationShown(), "decision", decision.decision(),
                        "override", decision.override(), "decidedBy", decision.decidedBy(),
                        "reason", decision.reason())))
                .toList();
    }

    /** Name/value pairs in order, leaving out null values and empty collections or maps. */
    static Map<String, Object> details(Object... namesAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value instanceof Collection<?> collection && collection.isEmpty()
                    || value instanceof Map<?, ?> map && map.isEmpty()) {
                continue;
            }
            details.put((String) namesAndValues[i], value);
        }
        return details;
    }
}
