package nl.werving.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@value #NAME}: deletes the engine's history of the application's process instances, found like
 * {@link EngineRuntimeStore} finds running ones (which it has ended by then): the historic process instances, which
 * takes their activities, tasks, variables and form details, decision evaluations, comments, attachments,
 * identity links, incidents, job logs and the byte arrays behind them; and the user operation log entries of those
 * instances, which the engine keeps otherwise. The count is historic process instances plus operation log entries.
 * When the caller is itself an engine command (a service task of the data lifecycle process), the history of
 * instances ended in that command goes right after it commits. The record-keeping instances (data lifecycle,
 * data-subject requests), which hold only ids and may be the caller, go once they have finished: right after the
 * commit, if they finished in it; one still running then keeps its history (ids, types, dates), like the
 * request's own record in {@code data_request}.
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
        List<String> lifecycle = List.of(EngineRuntimeStore.RECORD_KEEPING_PROCESS_KEYS);
        Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(application.reference())
                .processDefinitionKeyNotIn(lifecycle).list().forEach(instance -> instances.put(instance.getId(), instance));
        historyService.createHistoricProcessInstanceQuery()
                .variableValueEquals(HiringProcess.VAR_APPLICATION_ID, application.applicationId().toString())
                .processDefinitionKeyNotIn(lifecycle).list().forEach(instance -> instances.put(instance.getId(), instance));
        List<String> lifecycles = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(application.reference()).processDefinitionKeyIn(
                        EngineRuntimeStore.RECORD_KEEPING_PROCESS_KEYS).list().stream().map(HistoricProcessInstance::getId)
                .toList();
        if (!lifecycles.isEmpty()) {
            deleteFinishedAfterCommit(lifecycles);
        }
        if (instances.isEmpty()) {
            return lifecycles.size();
        }
        Set<String> operationIds = new LinkedHashSet<>();
        for (String instanceId : instances.keySet()) {
            historyService.createUserOperationLogQuery().processInstanceId(instanceId).list().stream()
                    .map(UserOperationLogEntry::getId).forEach(operationIds::add);
        }
        operationIds.forEach(historyService::deleteUserOperationLogEntry);
        List<String> ended = new ArrayList<>();
        List<String> endedInThisCommand = new ArrayList<>();
        instances.values().forEach(instance -> (instance.getEndTime() != null ? ended : endedInThisCommand)
                .add(instance.getId()));
        if (!ended.isEmpty()) {
            historyService.deleteHistoricProcessInstancesIfExists(ended);
        }
        if (!endedInThisCommand.isEmpty()) {
            deleteAfterCommit(endedInThisCommand);
        }
        return instances.size() + operationIds.size() + lifecycles.size();
    }

    /**
     * The data lifecycle instances go once they have finished, with their operation log entries: right after the
     * current transaction commits (in a transaction of their own), or at once outside an engine command. One that
     * still runs then (it erased without ending, or a legal hold came first) is left; it is erased when it ends.
     */
    private void deleteFinishedAfterCommit(List<String> instanceIds) {
        afterCommit(() -> {
            List<String> finished = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceIds(new LinkedHashSet<>(instanceIds)).finished().list().stream()
                    .map(HistoricProcessInstance::getId).toList();
            for (String instanceId : finished) {
                historyService.createUserOperationLogQuery().processInstanceId(instanceId).list()
                        .forEach(entry -> historyService.deleteUserOperationLogEntry(entry.getId()));
            }
            if (!finished.isEmpty()) {
                historyService.deleteHistoricProcessInstancesIfExists(finished);
            }
        });
    }

    /**
     * Called from inside an engine command (a service task of the data lifecycle process), the instances that
     * {@link EngineRuntimeStore} just ended are not finished in the database until that command flushes, and the
     * engine refuses to delete the history of an unfinished instance. Their history goes right after the
     * transaction commits, in a transaction of its own. Outside a command every engine call is a command of its
     * own, already flushed, so this is not needed.
     */
    private void deleteAfterCommit(List<String> instanceIds) {
        afterCommit(() -> historyService.deleteHistoricProcessInstancesIfExists(instanceIds));
    }

    /**
     * Runs the deletion right after the current engine command's transaction commits, in a transaction of its own;
     * at once when called outside an engine command, where every engine call is already a flushed command.
     */
    private static void afterCommit(Runnable deletion) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            deletion.run();
            return;
        }
        ProcessEngineConfigurationImpl configuration = command.getProcessEngineConfiguration();
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                committed -> configuration.getCommandExecutorTxRequiresNew().execute(next -> {
                    deletion.run();
                    return null;
                }));
    }
}
