package nl.werving.process.listener;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Remembers which version of a decision table a business rule task actually evaluated: the DMN engine tells this
 * listener the deployed definition it used, and the listener puts its version on the executing activity as a
 * transient variable, which {@link DecisionVersionListener} then records. This stays right when HR deploys a new
 * version of the table while the process runs.
 */
@Component
public class DecisionVersionCapturePlugin extends AbstractProcessEnginePlugin {

    static String capturedVersionVariable(String decisionKey) {
        return "evaluatedVersionOf" + decisionKey;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        List<DmnDecisionEvaluationListener> listeners = dmn.getCustomPostDecisionEvaluationListeners() == null
                ? new ArrayList<>() : new ArrayList<>(dmn.getCustomPostDecisionEvaluationListeners());
        listeners.add(new Capture());
        dmn.setCustomPostDecisionEvaluationListeners(listeners);
    }

    private static final class Capture implements DmnDecisionEvaluationListener {

        @Override
        public void notify(DmnDecisionEvaluationEvent event) {
            BpmnExecutionContext context = Context.getBpmnExecutionContext();
            DmnDecision decision = event.getDecisionResult().getDecision();
            if (context != null && decision instanceof DecisionDefinition definition) {
                context.getExecution().setVariableLocal(capturedVersionVariable(definition.getKey()),
                        Variables.integerValue(definition.getVersion(), true));
            }
        }
    }
}
