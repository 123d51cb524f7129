package nl.werving.process.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werving.audit.EngineAuditHistory;
import nl.werving.process.HiringProcess;
import nl.werving.process.listener.HumanDecisionTask;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The audit trail's view of the engine's history: process instances with their activities and user tasks (candidate
 * groups and claim time from the identity link log), decision evaluations with inputs, outputs and matched rules,
 * and completed human-decision tasks for the oversight metrics. Reads only; variables are not read, so no
 * personal data leaves the engine this way.
 */
@Component
class CamundaAuditHistory implements EngineAuditHistory {

    private static final String ADD = "add";

    private final HistoryService historyService;
    private final RepositoryService repositoryService;

    CamundaAuditHistory(HistoryService historyService, RepositoryService repositoryService) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
    }

    @Override
    public List<ProcessInstanceRecord> processInstances(String reference, UUID applicationId) {
        List<ProcessInstanceRecord> records = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(reference, applicationId)) {
            List<ActivityRecord> activities = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc()
                    .orderPartiallyByOccurrence().asc().list().stream().map(CamundaAuditHistory::activity).toList();
            List<TaskRecord> tasks = historyService.createHistoricTaskInstanceQuery()
                    .processInstanceId(instance.getId()).orderByHistoricActivityInstanceStartTime().asc().list()
                    .stream().map(this::task).toList();
            records.add(new ProcessInstanceRecord(instance.getId(), instance.getProcessDefinitionKey(),
                    instance.getProcessDefinitionVersion() == null ? 0 : instance.getProcessDefinitionVersion(),
                    instant(instance.getStartTime()), instant(instance.getEndTime()), instance.getEndActivityId(),
                    activities, tasks));
        }
        return records;
    }

    @Override
    public List<EngineDecision> decisions(String reference, UUID applicationId) {
        Map<String, DecisionDefinition> definitions = new HashMap<>();
        List<EngineDecision> decisions = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(reference, applicationId)) {
            for (HistoricDecisionInstance evaluation : historyService.createHistoricDecisionInstanceQuery()
                    .processInstanceId(instance.getId()).includeInputs().includeOutputs().orderByEvaluationTime()
                    .asc().list()) {
                DecisionDefinition definition = definitions.computeIfAbsent(evaluation.getDecisionDefinitionId(),
                        repositoryService::getDecisionDefinition);
                Map<String, Object> inputs = new LinkedHashMap<>();
                for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
                    inputs.put(input.getClauseName() == null ? input.getClauseId() : input.getClauseName(),
                            plain(input.getValue()));
                }
                Map<String, Object> outputs = new LinkedHashMap<>();
                Set<String> rules = new LinkedHashSet<>();
                for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
                    outputs.put(output.getVariableName(), plain(output.getValue()));
                    rules.add(output.getRuleId());
                }
                decisions.add(new EngineDecision(instance.getId(), evaluation.getActivityId(),
                        evaluation.getDecisionDefinitionKey(), evaluation.getDecisionDefinitionName(),
                        definition == null ? null : definition.getVersion(),
                        definition == null ? null : definition.getDeploymentId(),
                        instant(evaluation.getEvaluationTime()), inputs, outputs, List.copyOf(rules)));
            }
        }
        decisions.sort(Comparator.comparing(EngineDecision::evaluatedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return decisions;
    }

    @Override
    public List<ReviewTask> reviewTasks(Instant from, Instant to) {
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY)
                .taskDefinitionKeyIn(HumanDecisionTask.BY_TASK.keySet().toArray(String[]::new)).finished()
                .finishedAfter(Date.from(from.minusMillis(1))).finishedBefore(Date.from(to)).list();
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> references = new HashMap<>();
        historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(new LinkedHashSet<>(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId)
                        .toList()))
                .list().forEach(instance -> references.put(instance.getId(), instance.getBusinessKey()));
        List<ReviewTask> reviews = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            if (task.getAssignee() == null || task.getDeleteReason() != null && !"completed".equals(task.getDeleteReason())) {
                continue;
            }
            HumanDecisionTask.of(task.getTaskDefinitionKey()).ifPresent(spec -> reviews.add(new ReviewTask(
                    references.get(task.getProcessInstanceId()), task.getTaskDefinitionKey(), spec.stage().name(),
                    task.getAssignee(), instant(task.getStartTime()), instant(task.getEndTime()))));
        }
        return reviews;
    }

    /** The application's process instances, oldest first, as {@code EngineHistoryStore} finds them for erasure. */
    private List<HistoricProcessInstance> instances(String reference, UUID applicationId) {
        Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .forEach(instance -> instances.put(instance.getId(), instance));
        if (applicationId != null) {
            historyService.createHistoricProcessInstanceQuery()
                    .variableValueEquals(HiringProcess.VAR_APPLICATION_ID, applicationId.toString()).list()
                    .forEach(instance -> instances.put(instance.getId(), instance));
        }
        return instances.values().stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .toList();
    }

    private static ActivityRecord activity(HistoricActivityInstance activity) {
        return new ActivityRecord(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
                instant(activity.getStartTime()), instant(activity.getEndTime()), activity.isCanceled());
    }

    private TaskRecord task(HistoricTaskInstance task) {
        List<HistoricIdentityLinkLog> links = historyService.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .orderByTime().asc().list();
        List<String> candidateGroups = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && ADD.equals(link.getOperationType()) && link.getGroupId() != null)
                .map(HistoricIdentityLinkLog::getGroupId).distinct().toList();
        Instant claimed = links.stream().filter(link -> IdentityLinkType.ASSIGNEE.equals(link.getType())
                && ADD.equals(link.getOperationType())).map(link -> instant(link.getTime())).findFirst().orElse(null);
        return new TaskRecord(task.getTaskDefinitionKey(), task.getName(), candidateGroups, task.getAssignee(),
                instant(task.getStartTime()), claimed, instant(task.getEndTime()), task.getDeleteReason());
    }

    /** Numbers, booleans and strings as they are; anything else (dates, objects) as text. */
    private static Object plain(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof String ? value
                : String.valueOf(value);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
