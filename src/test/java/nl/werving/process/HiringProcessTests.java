package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/HiringProcess.bpmn", "forms/ReviewApplicationForm.form"})
class HiringProcessTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine =
            ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").build();

    @Test
    void anApplicationWaitsForARecruiterToReviewIt() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(HiringProcess.TASK_REVIEW_APPLICATION);
        assertThat(task(instance)).hasCandidateGroup("recruiters");
    }

    @Test
    void theReviewTaskShowsTheDeployedReviewForm() throws Exception {
        ProcessInstance instance = start();

        Task review = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .initializeFormKeys().singleResult();
        assertThat(review.getCamundaFormRef().getKey()).isEqualTo("ReviewApplicationForm");
        assertThat(review.getCamundaFormRef().getBinding()).isEqualTo("latest");
        try (InputStream form = engine.getFormService().getDeployedTaskForm(review.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"reviewDecision\"");
        }
    }

    @Test
    void theProcessEndsOnceTheReviewIsDone() {
        ProcessInstance instance = start();

        complete(task(instance), withVariables("reviewDecision", "advance"));

        assertThat(instance).hasPassedInOrder("StartEvent_ApplicationReceived", HiringProcess.TASK_REVIEW_APPLICATION,
                "EndEvent_ApplicationReviewed").isEnded();
    }

    private ProcessInstance start() {
        RuntimeService runtime = engine.getRuntimeService();
        return runtime.startProcessInstanceByKey(HiringProcess.PROCESS_KEY, "V6QHHSN8VXXB3P0KW81VJQP3", Map.of(
                HiringProcess.VAR_APPLICATION_ID, UUID.randomUUID().toString(),
                HiringProcess.VAR_VACANCY_ID, UUID.randomUUID().toString()));
    }
}
