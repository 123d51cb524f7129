package nl.werving.process.history;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Passes every history event on to the engine's own handler except the variable events (create, update, delete,
 * migrate: {@code ACT_HI_VARINST} and the variable updates in {@code ACT_HI_DETAIL}) and the submitted form fields
 * ({@code ACT_HI_DETAIL}) of {@link PersonalTaskValues}. Everything else (decisions, codes, tasks, activities,
 * identity links) is recorded as before.
 */
final class PersonalTaskValuesHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler next;

    PersonalTaskValuesHistoryFilter(HistoryEventHandler next) {
        this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (recorded(event)) {
            next.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        List<HistoryEvent> recorded = events.stream().filter(PersonalTaskValuesHistoryFilter::recorded).toList();
        if (!recorded.isEmpty()) {
            next.handleEvents(recorded);
        }
    }

    static boolean recorded(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return !PersonalTaskValues.isPersonal(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formField) {
            return !PersonalTaskValues.isPersonal(formField.getPropertyId());
        }
        return true;
    }
}
