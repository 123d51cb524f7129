package nl.werving.process.listener;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.junit.jupiter.api.Test;

class DecisionVersionListenerTests {

    @Test
    void theVersionTheDmnEngineEvaluatedIsRecordedNotTheLatestDeployed() {
        RepositoryService repository = mock(RepositoryService.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        BusinessRuleTask task = mock(BusinessRuleTask.class);
        when(execution.getBpmnModelElementInstance()).thenReturn(task);
        when(task.getCamundaDecisionRef()).thenReturn("ScreeningDecision");
        when(execution.getVariableLocal(DecisionVersionCapturePlugin.capturedVersionVariable("ScreeningDecision")))
                .thenReturn(3);

        new DecisionVersionListener(repository).notify(execution);

        verify(execution).setVariable("screeningDecisionVersion", 3);
        verifyNoInteractions(repository);
    }
}
