package nl.werving.process.listener;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The engine-level capture of the evaluated decision version, with two versions of a table deployed. */
class DecisionVersionCaptureTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml").build();

    @AfterEach
    void tearDown() {
        engine.getRepositoryService().createDeploymentQuery().list()
                .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
        Mocks.reset();
    }

    @Test
    void theVersionBoundByTheTaskIsRecordedEvenWhenANewerOneIsDeployed() throws IOException {
        deployDecisionTable();
        deployDecisionTable();
        BpmnModelInstance model = Bpmn.createExecutableProcess("VersionCapture").camundaHistoryTimeToLive(1)
                .startEvent()
                .businessRuleTask("Task_Decide").camundaDecisionRef("ScreeningDecision")
                .camundaDecisionRefBinding("version").camundaDecisionRefVersion("1")
                .camundaResultVariable("screeningOutcome").camundaMapDecisionResult("singleResult")
                .camundaExecutionListenerDelegateExpression("end", "${decisionVersionListener}")
                .userTask("Task_Wait")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("capture.bpmn", model).deploy();
        Mocks.register("decisionVersionListener", new DecisionVersionListener(engine.getRepositoryService()));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("VersionCapture", Map.of(
                "automationAllowed", true, "knockoutFailed", false, "mustHaveMissing", false, "screeningScore", 90));

        assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(
                "ScreeningDecision").latestVersion().singleResult().getVersion()).isEqualTo(2);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "screeningDecisionVersion")).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey(
                DecisionVersionCapturePlugin.capturedVersionVariable("ScreeningDecision"));
    }

    private static Deployment deployDecisionTable() throws IOException {
        try (InputStream table = DecisionVersionCaptureTests.class.getResourceAsStream(
                "/processes/ScreeningDecision.dmn")) {
            return engine.getRepositoryService().createDeployment().addInputStream("ScreeningDecision.dmn", table)
                    .enableDuplicateFiltering(false).deploy();
        }
    }
}
