package nl.werving.process.listener;

import nl.werving.process.HiringProcess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.springframework.stereotype.Component;

/**
 * After a business rule task: records which version of its decision table decided (binding "latest"), so the
 * reviewer and the auditor see the rule version next to the recommendation.
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
        DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
        execution.setVariable(HiringProcess.decisionVersionVariable(decisionKey), decision.getVersion());
    }
}
