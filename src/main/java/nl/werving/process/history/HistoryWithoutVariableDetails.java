package nl.werving.process.history;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history handler, without a detail row per variable change. With history level {@code full}
 * Camunda writes every variable change twice: into the variable's historic instance ({@code ACT_HI_VARINST}, its
 * latest value) and as a detail ({@code ACT_HI_DETAIL}). Nothing Werving offers reads the details: the audit trail
 * reads activities, tasks, identity links and decision evaluations, decisions and overrides with their reasons are
 * Werving's own records, and erasure and the timeline find an application's instances through the historic
 * variable instances, which stay. Everything else is recorded as the engine records it, the submitted form fields
 * (also details) included.
 */
final class HistoryWithoutVariableDetails extends DbHistoryEventHandler {

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity historyEvent) {
        return false;
    }
}
