package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werving.erasure.ErasedApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine's erasure stores on an engine of their own: they delete the application's running instances (found by
 * business key or by the {@code applicationId} variable) without running custom listeners, then every trace of them
 * in the history, user operation log included, and leave the data lifecycle process alone, also when one of its
 * service tasks is the caller.
 */
class EngineErasureStoresTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml").build();

    private static final String REFERENCE = "K2W7Q9D4M8R1T6Y3B5N0C2HX";
    private final UUID applicationId = UUID.randomUUID();
    private final ErasedApplication erased = new ErasedApplication(applicationId, REFERENCE);
    private RuntimeService runtime;
    private HistoryService history;
    private EngineRuntimeStore runtimeStore;
    private EngineHistoryStore historyStore;
    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void setUp() {
        runtime = engine.getRuntimeService();
        history = engine.getHistoryService();
        runtimeStore = new EngineRuntimeStore(runtime);
        historyStore = new EngineHistoryStore(history);
        deploy(Bpmn.createExecutableProcess("ErasureTestProcess").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Wait").name("Wait")
                .camundaExecutionListenerExpression("end", "${procedureEndedProbe.execute(execution)}")
                .endEvent().done());
        deploy(Bpmn.createExecutableProcess(EngineRuntimeStore.LIFECYCLE_PROCESS_KEY).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_BeforeErasure").serviceTask("Task_Erase")
                .camundaDelegateExpression("${eraseDelegate}").userTask("Task_AfterErasure").endEvent().done());
    }

    @AfterEach
    void tearDown() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true, true));
        Mocks.reset();
    }

    @Test
    void runningInstancesEndWithoutListenersAndLeaveNoHistoryOrOperationLog() {
        List<String> ended = new ArrayList<>();
        Mocks.register("procedureEndedProbe", (JavaDelegate) execution -> ended.add(execution.getId()));
        String byKey = runtime.startProcessInstanceByKey("ErasureTestProcess", REFERENCE).getId();
        String byVariable = runtime.startProcessInstanceByKey("ErasureTestProcess",
                Map.of(HiringProcess.VAR_APPLICATION_ID, applicationId.toString())).getId();
        String other = runtime.startProcessInstanceByKey("ErasureTestProcess", "OTHER0REFERENCE000000000").getId();
        engine.getIdentityService().setAuthenticatedUserId("recruiter");
        runtime.setVariable(byKey, "note", "set by a person");
        engine.getIdentityService().clearAuthentication();
        assertThat(history.createUserOperationLogQuery().processInstanceId(byKey).count()).isPositive();

        assertThat(runtimeStore.erase(erased)).isEqualTo(2);
        assertThat(historyStore.erase(erased)).isGreaterThanOrEqualTo(3);

        assertThat(ended).as("no custom listener ran").isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(Set.of(byKey, byVariable)).count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(byKey, byVariable))
                .count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(byKey, byVariable).count()).isZero();
        assertThat(history.createUserOperationLogQuery().processInstanceId(byKey).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(other).count()).isOne();
        assertThat(runtimeStore.erase(erased)).isZero();
        assertThat(historyStore.erase(erased)).isZero();
    }

    @Test
    void theDataLifecycleProcessCallingErasureFromItsServiceTaskCarriesOn() {
        Mocks.register("eraseDelegate", (JavaDelegate) execution -> {
            runtimeStore.erase(erased);
            historyStore.erase(erased);
        });
        String hiring = runtime.startProcessInstanceByKey("ErasureTestProcess", REFERENCE).getId();
        String lifecycle = runtime.startProcessInstanceByKey(EngineRuntimeStore.LIFECYCLE_PROCESS_KEY, REFERENCE,
                Map.of(HiringProcess.VAR_APPLICATION_ID, applicationId.toString())).getId();

        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(lifecycle)
                .singleResult().getId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(hiring).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(hiring).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(lifecycle).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_AfterErasure");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(lifecycle).count()).isOne();
    }

    private void deploy(BpmnModelInstance model) {
        String key = model.getModelElementsByType(Process.class).iterator().next()
                .getId();
        deployments.add(engine.getRepositoryService().createDeployment()
                .addModelInstance(key + ".bpmn", model).deploy().getId());
    }
}
