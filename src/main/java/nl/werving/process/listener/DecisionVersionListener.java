package nl.werving.process.listener;

import nl.werving.process.HiringProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

/**
 * After a business rule task: records which version of its decision table decided, so the reviewer and the
 * auditor see the rule version next to the recommendation. The version is the one the DMN engine evaluated
 * (captured by {@link DecisionVersionCapturePlugin}); only when that is missing, e.g. in an engine without the
 * plugin, the latest deployed version is taken.
 */
@Component
class DecisionVersionListener implements ExecutionListener {

    private final RepositoryService repositoryService;

    DecisionVersionListener(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String decisionKey = ((BusinessRuleTask) execution.getBpmnModelElementInstance()).getCamundaDecisionRef();
        Object evaluated = execution.getVariableLocal(DecisionVersionCapturePlugin.capturedVersionVariable(decisionKey));
        int version = evaluated instanceof Integer captured ? captured : repositoryService
                .createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().singleResult()
                .getVersion();
        execution.setVariable(HiringProcess.decisionVersionVariable(decisionKey), version);
    }
}
