package nl.werving.process.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werving.governance.ApplicationVersions;
import nl.werving.governance.ApplicationVersions.DecisionUse;
import nl.werving.governance.ApplicationVersions.FormUse;
import nl.werving.governance.ApplicationVersions.ProcessUse;
import nl.werving.governance.DecisionTable;
import nl.werving.governance.DefinitionKind;
import nl.werving.governance.DeployedDefinition;
import nl.werving.governance.ModelDeployment;
import nl.werving.governance.ProcessVersions;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Reads model versions from the engine's repository and history. The deployer is the user of the deployment's
 * {@code Create} entry in the user operation log, which the engine writes only when a user is authenticated (the
 * REST API, Cockpit); the start-up deployment has none. Form versions of user tasks are derived, not recorded:
 * with binding {@code latest} a task shows the newest form deployed when it is opened, so a completed task used the
 * newest version deployed at or before its completion (with binding {@code deployment} the form of the process's
 * deployment, with {@code version} the version named).
 */
@Component
class EngineProcessVersions implements ProcessVersions {

    private static final String TASK_COMPLETED = "completed";
    private static final String BINDING_DEPLOYMENT = "deployment";
    private static final String BINDING_VERSION = "version";

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final ProcessEngineConfigurationImpl configuration;

    EngineProcessVersions(ProcessEngine processEngine) {
        this.repositoryService = processEngine.getRepositoryService();
        this.historyService = processEngine.getHistoryService();
        this.configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    @Override
    public List<ModelDeployment> deployments() {
        List<Deployment> deployments = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list();
        Map<String, List<DeployedDefinition>> definitions = new HashMap<>();
        for (ProcessDefinition process : repositoryService.createProcessDefinitionQuery().list()) {
            definitions.computeIfAbsent(process.getDeploymentId(), id -> new ArrayList<>()).add(new DeployedDefinition(
                    DefinitionKind.PROCESS, process.getKey(), process.getVersion(), process.getResourceName()));
        }
        for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().list()) {
            definitions.computeIfAbsent(decision.getDeploymentId(), id -> new ArrayList<>()).add(new DeployedDefinition(
                    DefinitionKind.DECISION, decision.getKey(), decision.getVersion(), decision.getResourceName()));
        }
        for (CamundaFormDefinitionEntity form : forms(deployments)) {
            definitions.computeIfAbsent(form.getDeploymentId(), id -> new ArrayList<>()).add(new DeployedDefinition(
                    DefinitionKind.FORM, form.getKey(), form.getVersion(), form.getResourceName()));
        }
        Map<String, String> deployers = deployers();
        return deployments.stream().map(deployment -> new ModelDeployment(deployment.getId(), deployment.getName(),
                deployment.getSource(), instant(deployment.getDeploymentTime()),
                deployers.getOrDefault(deployment.getId(), ModelDeployment.SYSTEM),
                definitions.getOrDefault(deployment.getId(), List.of()).stream()
                        .sorted(Comparator.comparing(DeployedDefinition::kind).thenComparing(DeployedDefinition::key))
                        .toList()))
                .toList();
    }

    @Override
    public ApplicationVersions versionsOf(String reference) {
        List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).orderByProcessInstanceStartTime().asc().list();
        List<ProcessUse> processes = instances.stream().map(instance -> new ProcessUse(
                instance.getProcessDefinitionKey(), instance.getProcessDefinitionVersion(), instance.getId(),
                instant(instance.getStartTime()), instant(instance.getEndTime()))).toList();
        Map<String, Integer> decisionVersions = new HashMap<>();
        List<DecisionUse> decisions = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
                    .orderByEvaluationTime().asc().list().forEach(evaluation -> decisions.add(new DecisionUse(
                            evaluation.getDecisionDefinitionKey(),
                            decisionVersions.computeIfAbsent(evaluation.getDecisionDefinitionId(), this::decisionVersion),
                            evaluation.getProcessDefinitionKey(), evaluation.getActivityId(),
                            instant(evaluation.getEvaluationTime()))));
        }
        decisions.sort(Comparator.comparing(DecisionUse::evaluatedAt));
        return new ApplicationVersions(reference, processes, List.copyOf(decisions), formUses(reference));
    }

    @Override
    public Optional<DecisionTable> decisionTable(String key, int version) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .decisionDefinitionVersion(version).withoutTenantId().singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        try (InputStream model = repositoryService.getDecisionModel(definition.getId())) {
            return DmnDecisionTables.read(model, key, version);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private List<FormUse> formUses(String reference) {
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(reference).orderByHistoricActivityInstanceStartTime().asc().list();
        if (tasks.isEmpty()) {
            return List.of();
        }
        List<Deployment> deployments = repositoryService.createDeploymentQuery().list();
        Map<String, Date> deployedAt = new HashMap<>();
        deployments.forEach(deployment -> deployedAt.put(deployment.getId(), deployment.getDeploymentTime()));
        List<CamundaFormDefinitionEntity> forms = forms(deployments);
        Map<String, BpmnModelInstance> models = new HashMap<>();
        List<FormUse> uses = new ArrayList<>();
        for (HistoricTaskInstance task : tasks) {
            boolean completed = task.getEndTime() != null;
            if (task.getProcessDefinitionId() == null || completed && !TASK_COMPLETED.equals(task.getDeleteReason())) {
                continue;
            }
            BpmnModelInstance model = models.computeIfAbsent(task.getProcessDefinitionId(),
                    repositoryService::getBpmnModelInstance);
            if (!(model.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask userTask)
                    || userTask.getCamundaFormRef() == null || userTask.getCamundaFormRef().contains("${")
                    || userTask.getCamundaFormRef().contains("#{")) {
                continue;
            }
            String formKey = userTask.getCamundaFormRef();
            String processDeploymentId = repositoryService.getProcessDefinition(task.getProcessDefinitionId())
                    .getDeploymentId();
            Integer version = formVersion(forms, deployedAt, formKey, userTask.getCamundaFormRefBinding(),
                    userTask.getCamundaFormRefVersion(), processDeploymentId, task.getEndTime());
            uses.add(new FormUse(formKey, version, task.getProcessDefinitionKey(), task.getTaskDefinitionKey(),
                    instant(task.getEndTime())));
        }
        return List.copyOf(uses);
    }

    /** The version of the form a task used: see the class comment. Null when none fits. */
    static Integer formVersion(List<CamundaFormDefinitionEntity> forms, Map<String, Date> deployedAt, String formKey,
            String binding, String boundVersion, String processDeploymentId, Date completedAt) {
        if (BINDING_VERSION.equals(binding)) {
            return boundVersion == null || !boundVersion.matches("\\d+") ? null : Integer.valueOf(boundVersion);
        }
        return forms.stream().filter(form -> form.getKey().equals(formKey))
                .filter(form -> !BINDING_DEPLOYMENT.equals(binding) || form.getDeploymentId().equals(processDeploymentId))
                .filter(form -> completedAt == null || BINDING_DEPLOYMENT.equals(binding)
                        || !deployedAt.getOrDefault(form.getDeploymentId(), completedAt).after(completedAt))
                .map(CamundaFormDefinitionEntity::getVersion).max(Integer::compare).orElse(null);
    }

    /** The form definitions of these deployments; the engine has no public query for them. */
    private List<CamundaFormDefinitionEntity> forms(List<Deployment> deployments) {
        return configuration.getCommandExecutorTxRequired().execute(command -> {
            List<CamundaFormDefinitionEntity> forms = new ArrayList<>();
            for (Deployment deployment : deployments) {
                forms.addAll(command.getCamundaFormDefinitionManager().findDefinitionsByDeploymentId(deployment.getId()));
            }
            return forms;
        });
    }

    /** Deployment id → the user who created it, from the user operation log. */
    private Map<String, String> deployers() {
        Map<String, String> deployers = new LinkedHashMap<>();
        historyService.createUserOperationLogQuery().entityType(EntityTypes.DEPLOYMENT)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().stream()
                .filter(entry -> entry.getDeploymentId() != null && entry.getUserId() != null)
                .forEach(entry -> deployers.putIfAbsent(entry.getDeploymentId(), entry.getUserId()));
        return deployers;
    }

    private Integer decisionVersion(String decisionDefinitionId) {
        DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionId(decisionDefinitionId).singleResult();
        return definition == null ? null : definition.getVersion();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
