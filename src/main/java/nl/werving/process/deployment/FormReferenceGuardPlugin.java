package nl.werving.process.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Refuses deployments whose user tasks name a Camunda Form that the engine does not have. Registers
 * {@link FormReferenceParseListener} with the engine's BPMN parser, so the check runs for every deployment:
 * the start-up deployment, Camunda Modeler's deployments through the REST API and Cockpit's redeployments.
 */
@Component
class FormReferenceGuardPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new FormReferenceParseListener());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }
}
