package nl.werving.process.history;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PersonalTaskValuesHistoryFilter} in front of the history event handler the engine set up (its database
 * handler and any custom ones), so that {@link PersonalTaskValues} never reach the engine's history whatever the
 * history level.
 */
@Component
public class PersonalTaskValuesHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!(configuration.getHistoryEventHandler() instanceof PersonalTaskValuesHistoryFilter)) {
            configuration.setHistoryEventHandler(
                    new PersonalTaskValuesHistoryFilter(configuration.getHistoryEventHandler()));
        }
    }
}
