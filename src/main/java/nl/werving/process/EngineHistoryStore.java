package nl.werving.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@value #NAME}: deletes the engine's history of the application's process instances, found like
 * {@link EngineRuntimeStore} finds running ones (which it has ended by then): the historic process instances, which
 * takes their activities, tasks, variables and form details, decision evaluations, comments, attachments,
 * identity links, incidents, job logs and the byte arrays behind them; and the user operation log entries of those
 * instances, which the engine keeps otherwise. Instances of the data lifecycle process are left alone. The count is
 * historic process instances plus operation log entries.
 */
@Component
@Order(EngineRuntimeStore.ORDER + 1)
class EngineHistoryStore implements PersonalDataStore {

    static final String NAME = "camunda_history";

    private final HistoryService historyService;

    EngineHistoryStore(HistoryService historyService) {
        this.historyService = historyService;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int erase(ErasedApplication application) {
        List<String> lifecycle = List.of(EngineRuntimeStore.LIFECYCLE_PROCESS_KEY);
        Set<String> instanceIds = new LinkedHashSet<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(application.reference())
                .processDefinitionKeyNotIn(lifecycle).list().stream()
                .map(HistoricProcessInstance::getId).forEach(instanceIds::add);
        historyService.createHistoricProcessInstanceQuery()
                .variableValueEquals(HiringProcess.VAR_APPLICATION_ID, application.applicationId().toString())
                .processDefinitionKeyNotIn(lifecycle).list().stream()
                .map(HistoricProcessInstance::getId).forEach(instanceIds::add);
        if (instanceIds.isEmpty()) {
            return 0;
        }
        Set<String> operationIds = new LinkedHashSet<>();
        for (String instanceId : instanceIds) {
            historyService.createUserOperationLogQuery().processInstanceId(instanceId).list().stream()
                    .map(UserOperationLogEntry::getId).forEach(operationIds::add);
        }
        operationIds.forEach(historyService::deleteUserOperationLogEntry);
        historyService.deleteHistoricProcessInstancesIfExists(new ArrayList<>(instanceIds));
        return instanceIds.size() + operationIds.size();
    }
}
