package nl.werving.process;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@value #NAME}: deletes the application's running process instances (its business key is the
 * reference, or its {@code applicationId} variable the id), with their variables, tasks, jobs and timers. A running
 * hiring process is ended without custom listeners or input/output mappings, so no "procedure ended" step and no
 * mail follows. Instances of the record-keeping processes ({@link #RECORD_KEEPING_PROCESS_KEYS}: the data lifecycle
 * and data-subject requests) are left alone: they hold only ids and may be the very instance that asks for this
 * erasure (inside its own transaction); {@link EngineHistoryStore} removes their history once they have finished.
 * Runs before {@link EngineHistoryStore}, which then deletes what these instances left in the history.
 */
@Component
@Order(EngineRuntimeStore.ORDER)
class EngineRuntimeStore implements PersonalDataStore {

    static final String NAME = "camunda_runtime";
    static final int ORDER = 100;
    /** The data lifecycle process (retention and erasure); it holds only ids and is never erased by itself. */
    static final String LIFECYCLE_PROCESS_KEY = ApplicantDataLifecycle.PROCESS_KEY;
    /**
     * Processes that keep the record of handling the application's data (retention, data-subject requests), hold
     * only ids, and may be running the very erasure: never deleted while they run.
     */
    static final String[] RECORD_KEEPING_PROCESS_KEYS = {LIFECYCLE_PROCESS_KEY, DataSubjectRequest.PROCESS_KEY};
    static final String DELETE_REASON = "Personal data erased";

    private final RuntimeService runtimeService;

    EngineRuntimeStore(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int erase(ErasedApplication application) {
        Set<String> instanceIds = new LinkedHashSet<>();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(application.reference())
                .processDefinitionKeyNotIn(RECORD_KEEPING_PROCESS_KEYS).list().stream()
                .map(ProcessInstance::getId).forEach(instanceIds::add);
        runtimeService.createProcessInstanceQuery()
                .variableValueEquals(HiringProcess.VAR_APPLICATION_ID, application.applicationId().toString())
                .processDefinitionKeyNotIn(RECORD_KEEPING_PROCESS_KEYS).list().stream()
                .map(ProcessInstance::getId).forEach(instanceIds::add);
        for (String instanceId : instanceIds) {
            runtimeService.deleteProcessInstanceIfExists(instanceId, DELETE_REASON, true, true, true, false);
        }
        return instanceIds.size();
    }
}
