package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.assessment.AssessmentResult;
import nl.werving.assessment.AssessmentResultReceived;
import nl.werving.process.delegate.ProcessDelegates;
import nl.werving.process.listener.ProcessListeners;
import nl.werving.screening.ScreeningOutcome;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives AssessmentResultDelivery.bpmn against the real HiringProcess.bpmn and decision tables, started the way
 * Werving starts it ({@link AssessmentResultDeliveryStarter} on {@link AssessmentResultReceived}), with the stored
 * result coming from mocked assessment results. Passing the result on fails through a faulty decision table, a
 * suspended hiring process, or a hiring process that does not wait yet.
 */
@Deployment(resources = {"processes/AssessmentResultDelivery.bpmn", "processes/HiringProcess.bpmn",
        "processes/ScreeningDecision.dmn", "processes/AssessmentDecision.dmn", "processes/OfferApprovalDecision.dmn"})
class AssessmentResultDeliveryTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml")
            .build();

    private static final String REFERENCE = "D3HV7RYQ0K5M2N8P4T6W9X1Z";
    private static final String EXPECTED_FAILURE = "The assessment result of application " + REFERENCE
            + " could not be passed on to its hiring process (DmnHitPolicyException)";
    private final UUID applicationId = UUID.randomUUID();
    private final UUID vacancyId = UUID.randomUUID();
    private final List<String> extraDeployments = new ArrayList<>();
    private ProcessServices services;
    private AssessmentResultDeliveryStarter starter;
    private ManagementService management;

    @BeforeEach
    void setUp() {
        services = ProcessServices.mocked();
        ProcessDelegates.register(engine.getProcessEngine(), services);
        ProcessListeners.register(engine.getProcessEngine(), services, Clock.systemUTC());
        when(services.automation().isAutomationOn(vacancyId)).thenReturn(true);
        starter = new AssessmentResultDeliveryStarter(engine.getRuntimeService());
        management = engine.getManagementService();
    }

    @AfterEach
    void tearDown() {
        extraDeployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        Mocks.reset();
    }

    @Test
    void theStoredResultIsPassedOnInAJobOfItsOwnAndTheHiringProcessGoesOn() {
        ProcessInstance hiring = atAssessment();
        ProcessInstance delivery = resultStored(75, true);

        assertThat(delivery).hasBusinessKey(REFERENCE)
                .isWaitingAt(AssessmentResultDelivery.TASK_DELIVER_ASSESSMENT_RESULT);
        assertThat(hiring).as("nothing reaches the hiring process in the storing transaction")
                .isWaitingAt("Task_WaitForAssessmentResult");
        Assertions.assertThat(engine.getRuntimeService().getVariables(delivery.getId())).as("no score, no data")
                .isEmpty();

        execute(job(delivery));

        assertThat(hiring).hasPassedInOrder("Task_WaitForAssessmentResult", "Task_EvaluateAssessment")
                .isWaitingAt("Task_ProposeInterviewSlots").variables().containsEntry("assessmentScore", 75)
                .containsEntry("assessmentRecommendation", "advance");
        assertThat(delivery).hasPassed(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_DELIVERED).isEnded()
                .variables().containsOnly(Map.entry(AssessmentResultDelivery.VAR_ASSESSMENT_RESULT_DELIVERED, true));
    }

    @Test
    void anUnfinishedAssessmentReachesTheHiringProcessWithoutAScore() {
        ProcessInstance hiring = atAssessment();
        ProcessInstance delivery = resultStored(95, false);

        execute(job(delivery));

        assertThat(hiring).isWaitingAt("Task_ReviewAssessment").variables()
                .containsEntry("assessmentReason", "RESULT_MISSING");
    }

    @Test
    void aFailedHandOverIsRetriedThenBecomesAnIncidentNamingOnlyTheReferenceAndARetryAfterTheFixGoesOnOnce() {
        ProcessInstance hiring = atAssessment();
        deploy("models/assessment/OverlappingAssessmentDecision.dmn");
        ProcessInstance delivery = resultStored(75, true);
        Job job = job(delivery);

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessage(EXPECTED_FAILURE);

        Assertions.assertThat(jobOf(delivery).getRetries()).as("R3: two tries left").isEqualTo(2);
        Assertions.assertThat(jobOf(delivery).getExceptionMessage()).isEqualTo(EXPECTED_FAILURE);
        assertThat(hiring).as("the failed attempt left no trace").isWaitingAt("Task_WaitForAssessmentResult")
                .hasNotPassed("Task_EvaluateAssessment");
        Assertions.assertThat(engine.getRuntimeService().getVariable(hiring.getId(), "assessmentScore")).isNull();
        Assertions.assertThat(incidents()).isEmpty();

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessage(EXPECTED_FAILURE);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessage(EXPECTED_FAILURE);

        Assertions.assertThat(jobOf(delivery).getRetries()).isZero();
        Incident incident = Assertions.assertThat(incidents()).singleElement().actual();
        Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        Assertions.assertThat(incident.getProcessInstanceId()).isEqualTo(delivery.getId());
        Assertions.assertThat(incident.getActivityId())
                .isEqualTo(AssessmentResultDelivery.TASK_DELIVER_ASSESSMENT_RESULT);
        Assertions.assertThat(incident.getIncidentMessage()).as("the reference, no score, no personal data")
                .isEqualTo(EXPECTED_FAILURE).doesNotContain("75");

        deploy("processes/AssessmentDecision.dmn");
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        assertThat(hiring).isWaitingAt("Task_ProposeInterviewSlots").variables().containsEntry("assessmentScore", 75);
        Assertions.assertThat(timesPassed(hiring, "Task_EvaluateAssessment")).isEqualTo(1);
        Assertions.assertThat(timesPassed(hiring, "Task_WaitForAssessmentResult")).isEqualTo(1);
        assertThat(delivery).hasPassed(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_DELIVERED).isEnded();
        Assertions.assertThat(incidents()).isEmpty();
    }

    @Test
    void aResultForAHiringProcessThatDoesNotWaitYetIsRetriedNotLost() {
        ProcessInstance hiring = startWith(new ScreeningOutcome(true, false, 40));
        assertThat(hiring).isWaitingAt("Task_ReviewScreening");
        ProcessInstance delivery = resultStored(80, true);

        assertThatThrownBy(() -> execute(job(delivery))).isInstanceOf(AssessmentResultNotDeliverableException.class)
                .hasMessage("The hiring process of application " + REFERENCE
                        + " does not wait for its assessment result (not there yet, or suspended)");
        Assertions.assertThat(jobOf(delivery).getRetries()).isEqualTo(2);

        complete(task(hiring), Map.of("reviewDecision", "advance"));
        assertThat(hiring).isWaitingAt("Task_WaitForAssessmentResult");
        management.executeJob(jobOf(delivery).getId());

        assertThat(hiring).isWaitingAt("Task_ProposeInterviewSlots").variables().containsEntry("assessmentScore", 80);
        assertThat(delivery).hasPassed(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_DELIVERED).isEnded();
    }

    @Test
    void aSuspendedHiringProcessTakesTheResultOnceActivatedAndTheJobRetried() {
        ProcessInstance hiring = atAssessment();
        engine.getRuntimeService().suspendProcessInstanceById(hiring.getId());
        ProcessInstance delivery = resultStored(75, true);
        String jobId = jobOf(delivery).getId();

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(jobId))
                    .isInstanceOf(AssessmentResultNotDeliverableException.class);
        }
        Assertions.assertThat(incidents()).singleElement().extracting(Incident::getIncidentMessage).asString()
                .contains(REFERENCE);

        engine.getRuntimeService().activateProcessInstanceById(hiring.getId());
        management.setJobRetries(jobId, 1);
        management.executeJob(jobId);

        assertThat(hiring).isWaitingAt("Task_ProposeInterviewSlots");
        Assertions.assertThat(timesPassed(hiring, "Task_EvaluateAssessment")).isEqualTo(1);
        Assertions.assertThat(incidents()).isEmpty();
    }

    @Test
    void aReminderDoesNotKeepTheResultFromTheHiringProcess() {
        ProcessInstance hiring = atAssessment();
        execute(job("BoundaryEvent_AssessmentReminder", hiring));
        ProcessInstance delivery = resultStored(75, true);

        execute(job(delivery));

        assertThat(hiring).hasPassed("Task_RemindAssessment").isWaitingAt("Task_ProposeInterviewSlots");
        assertThat(delivery).hasPassed(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_DELIVERED);
    }

    @Test
    void aResultAfterTheDeadlineIsKeptWithTheAssessmentWithoutAnIncident() {
        ProcessInstance hiring = atAssessment();
        execute(job("BoundaryEvent_AssessmentDeadline", hiring));
        assertThat(hiring).isWaitingAt("Task_ReviewAssessment");
        ProcessInstance delivery = resultStored(75, true);

        execute(job(delivery));

        assertThat(delivery).hasPassed(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_KEPT).isEnded()
                .variables().containsEntry(AssessmentResultDelivery.VAR_ASSESSMENT_RESULT_DELIVERED, false);
        assertThat(hiring).isWaitingAt("Task_ReviewAssessment");
        Assertions.assertThat(timesPassed(hiring, "Task_EvaluateAssessment")).isEqualTo(1);
        Assertions.assertThat(incidents()).isEmpty();
    }

    @Test
    void aResultAfterTheHiringProcessEndedIsKept() {
        ProcessInstance hiring = atAssessment();
        engine.getRuntimeService().deleteProcessInstance(hiring.getId(), "withdrawn");
        ProcessInstance delivery = resultStored(75, true);

        execute(job(delivery));

        assertThat(delivery).hasPassed(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_KEPT).isEnded();
    }

    private ProcessInstance resultStored(int score, boolean completed) {
        when(services.assessmentResults().storedResult(new ApplicationReference(REFERENCE))).thenReturn(Optional.of(
                new AssessmentResult(new ApplicationReference(REFERENCE), score, completed, "res-1", Instant.now())));
        starter.on(new AssessmentResultReceived(new ApplicationReference(REFERENCE), completed ? score : null));
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AssessmentResultDelivery.PROCESS_KEY).processInstanceBusinessKey(REFERENCE)
                .singleResult();
    }

    private ProcessInstance atAssessment() {
        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, 90));
        assertThat(instance).isWaitingAt("Task_WaitForAssessmentResult");
        return instance;
    }

    private ProcessInstance startWith(ScreeningOutcome outcome) {
        when(services.screening().screen(applicationId)).thenReturn(outcome);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HiringProcess.PROCESS_KEY,
                REFERENCE, HiringProcess.startVariables(applicationId, vacancyId));
        execute(job("Task_ScreenApplication", instance));
        return instance;
    }

    private void deploy(String resource) {
        extraDeployments.add(engine.getRepositoryService().createDeployment().addClasspathResource(resource)
                .name(resource).deploy().getId());
    }

    private Job jobOf(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private List<Incident> incidents() {
        return engine.getRuntimeService().createIncidentQuery().list();
    }

    private long timesPassed(ProcessInstance instance, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(activityId).finished().count();
    }
}
