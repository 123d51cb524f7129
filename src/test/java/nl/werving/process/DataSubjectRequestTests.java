package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.ApplicationAlreadyEndedException;
import nl.werving.application.ApplicationReference;
import nl.werving.datarequest.DataRequest;
import nl.werving.datarequest.DataRequestChannel;
import nl.werving.datarequest.DataRequestReceived;
import nl.werving.datarequest.DataRequestStatus;
import nl.werving.datarequest.DataRequestType;
import nl.werving.datarequest.DataRequests;
import nl.werving.notification.MessageType;
import nl.werving.process.delegate.ProcessDelegates;
import nl.werving.process.listener.DataRequestDeadline;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/**
 * Drives DataSubjectRequest.bpmn, started the way Werving starts it (by {@link DataSubjectRequestStarter} on
 * {@link DataRequestReceived}), with the real delegates around mocked module services: every kind of request, the
 * DPO's warning a week before the due date, the overdue request and automatic handling that stalls. Full coverage
 * is asserted; the report lands in target/process-test-coverage/.
 */
@Deployment(resources = {"processes/DataSubjectRequest.bpmn", "forms/CorrectApplicantDataForm.form"})
class DataSubjectRequestTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String REFERENCE = "K2W7Q9D4M8R1T6Y3B5N0C2HX";
    /** Received on 31 January: the month ends on 28 February. */
    private static final Instant RECEIVED = LocalDateTime.of(2027, 1, 31, 10, 15).atZone(AMSTERDAM).toInstant();
    private static final Instant DUE = DataRequests.dueAt(RECEIVED, AMSTERDAM);
    private static final int NUMBER = 3;

    private final UUID requestId = UUID.randomUUID();
    private final UUID applicationId = UUID.randomUUID();
    private ProcessServices services;
    private DataRequests requests;
    private DataSubjectRequestStarter starter;

    @BeforeEach
    void setUp() {
        services = ProcessServices.mocked();
        requests = Mockito.mock(DataRequests.class);
        ProcessDelegates.registerDataRequestDelegates(engine.getProcessEngine(), services, requests);
        Mocks.register("dataRequestDeadline", new DataRequestDeadline());
        when(requests.find(requestId)).thenAnswer(invocation -> new DataRequest(requestId, applicationId, NUMBER,
                DataRequestType.ACCESS, DataRequestChannel.STAFF, DataRequestStatus.OPEN, RECEIVED, DUE, null, null));
        starter = new DataSubjectRequestStarter(engine.getRuntimeService());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void theDueDateIsOneCalendarMonthAfterReceipt() {
        org.assertj.core.api.Assertions.assertThat(DUE.atZone(AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 2, 28, 10, 15));
        org.assertj.core.api.Assertions.assertThat(DataRequests.dueAt(
                LocalDateTime.of(2028, 1, 31, 9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM).atZone(AMSTERDAM)
                .toLocalDate()).as("leap year").hasToString("2028-02-29");
        org.assertj.core.api.Assertions.assertThat(DataRequests.dueAt(
                LocalDateTime.of(2027, 3, 15, 12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM).atZone(AMSTERDAM)
                .toLocalDateTime()).as("across the change to summer time").isEqualTo(LocalDateTime.of(2027, 4, 15, 12, 0));
    }

    @Test
    void anAccessRequestMailsTheDownloadLinkAndCompletes() {
        ProcessInstance instance = start(DataRequestType.ACCESS);

        assertThat(instance).hasBusinessKey(REFERENCE);
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("ids, the type and the due date only").containsOnly(
                        Map.entry(DataSubjectRequest.VAR_DATA_REQUEST_ID, requestId.toString()),
                        Map.entry(DataSubjectRequest.VAR_APPLICATION_ID, applicationId.toString()),
                        Map.entry(DataSubjectRequest.VAR_REQUEST_TYPE, "ACCESS"),
                        Map.entry(DataSubjectRequest.VAR_DUE_AT, DUE.toString()));
        continueAsync(instance);
        assertThat(instance).isWaitingAt(DataSubjectRequest.TASK_MAKE_DATA_EXPORT_AVAILABLE);
        continueAsync(instance);

        assertThat(instance).hasPassedInOrder(DataSubjectRequest.TASK_MAKE_DATA_EXPORT_AVAILABLE,
                DataSubjectRequest.TASK_RECORD_REQUEST_COMPLETED, DataSubjectRequest.END_EVENT_REQUEST_COMPLETED)
                .isEnded();
        verify(services.outbox()).toCandidate(applicationId, MessageType.DATA_EXPORT_READY, NUMBER);
        verify(requests).complete(requestId);
    }

    @Test
    void anObjectionIsRecordedWithTheApplicationWhichTellsTheHiringProcess() {
        ProcessInstance instance = start(DataRequestType.OBJECTION);
        continueAsync(instance);
        continueAsync(instance);

        assertThat(instance).hasPassed(DataSubjectRequest.TASK_FORWARD_OBJECTION).isEnded();
        verify(services.applications()).objectToAutomatedProcessing(new ApplicationReference(REFERENCE));
        verify(requests).complete(requestId);
    }

    @Test
    void anObjectionAfterTheProcedureEndedIsCompletedAsThereIsNothingLeftToObjectTo() {
        doThrow(Mockito.mock(ApplicationAlreadyEndedException.class)).when(services.applications())
                .objectToAutomatedProcessing(new ApplicationReference(REFERENCE));
        ProcessInstance instance = start(DataRequestType.OBJECTION);
        continueAsync(instance);
        continueAsync(instance);

        assertThat(instance).isEnded();
        verify(requests).complete(requestId);
    }

    @Test
    void anErasureRequestIsHandedToTheDataLifecycle() {
        ProcessInstance instance = start(DataRequestType.ERASURE);
        continueAsync(instance);
        continueAsync(instance);

        assertThat(instance).hasPassed(DataSubjectRequest.TASK_FORWARD_ERASURE_REQUEST).isEnded();
        verify(requests).forwardErasure(requestId);
        verify(requests).complete(requestId);
    }

    @Test
    void aRectificationIsTheDposTaskDueAtTheDueDateWithTimersAWeekBeforeAndAtIt() {
        ProcessInstance instance = start(DataRequestType.RECTIFICATION);
        continueAsync(instance);

        assertThat(instance).isWaitingAt(DataSubjectRequest.TASK_CORRECT_APPLICANT_DATA);
        Task task = task(instance);
        assertThat(task).hasName("Correct the applicant's data").hasCandidateGroup("dpo").isNotAssigned();
        org.assertj.core.api.Assertions.assertThat(task.getDueDate().toInstant()).isEqualTo(DUE);
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(task.getId(),
                DataSubjectRequest.LOCAL_APPLICATION_REFERENCE)).isEqualTo(REFERENCE);
        org.assertj.core.api.Assertions.assertThat(timer(DataSubjectRequest.BOUNDARY_EVENT_REQUEST_DUE_SOON)
                .getDuedate().toInstant().atZone(AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 2, 21, 10, 15));
        org.assertj.core.api.Assertions.assertThat(timer(DataSubjectRequest.BOUNDARY_EVENT_REQUEST_OVERDUE)
                .getDuedate().toInstant().atZone(AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2027, 2, 28, 10, 15));
    }

    @Test
    void aCorrectionInTimeIsConfirmedToTheCandidateAndCompletes() {
        ProcessInstance instance = start(DataRequestType.RECTIFICATION);
        continueAsync(instance);

        complete(task(instance), Map.of(DataSubjectRequest.VAR_RECTIFICATION_OUTCOME, DataSubjectRequest.CORRECTED));

        assertThat(instance).hasPassedInOrder(DataSubjectRequest.TASK_CORRECT_APPLICANT_DATA,
                DataSubjectRequest.TASK_CONFIRM_RECTIFICATION, DataSubjectRequest.TASK_RECORD_REQUEST_COMPLETED)
                .hasNotPassed(DataSubjectRequest.TASK_MARK_REQUEST_OVERDUE).isEnded();
        verify(services.outbox()).toCandidate(applicationId, MessageType.DATA_REQUEST_COMPLETED, NUMBER);
        verify(requests).complete(requestId);
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).count()).as("the timers went with the task").isZero();
    }

    @Test
    void aWeekBeforeTheDueDateTheDpoIsWarnedAndTheTaskStaysOpen() {
        ProcessInstance instance = start(DataRequestType.RECTIFICATION);
        continueAsync(instance);

        executeTimer(timer(DataSubjectRequest.BOUNDARY_EVENT_REQUEST_DUE_SOON));

        assertThat(instance).hasPassed(DataSubjectRequest.TASK_ESCALATE_DATA_REQUEST,
                DataSubjectRequest.END_EVENT_REQUEST_ESCALATED)
                .isWaitingAt(DataSubjectRequest.TASK_CORRECT_APPLICANT_DATA);
        Task task = task(instance);
        assertThat(task).hasCandidateGroup("dpo");
        org.assertj.core.api.Assertions.assertThat(task.getPriority()).isGreaterThan(50);
        verify(services.outbox()).toStaff(applicationId, MessageType.DATA_REQUEST_DUE_SOON, NUMBER, "dpo");
        verify(requests, never()).markOverdue(requestId);
    }

    @Test
    void atTheDueDateTheRequestIsMarkedOverdueAndTheDposTaskStaysOpenAtTopPriority() {
        ProcessInstance instance = start(DataRequestType.RECTIFICATION);
        continueAsync(instance);
        executeTimer(timer(DataSubjectRequest.BOUNDARY_EVENT_REQUEST_DUE_SOON));

        executeTimer(timer(DataSubjectRequest.BOUNDARY_EVENT_REQUEST_OVERDUE));

        verify(requests).markOverdue(requestId);
        assertThat(instance).isWaitingAt(DataSubjectRequest.TASK_CORRECT_APPLICANT_DATA_OVERDUE);
        Task overdue = task(instance);
        assertThat(overdue).hasName("Correct the applicant's data (overdue)").hasCandidateGroup("dpo");
        org.assertj.core.api.Assertions.assertThat(overdue.getPriority()).isEqualTo(100);
        org.assertj.core.api.Assertions.assertThat(overdue.getDueDate().toInstant()).isEqualTo(DUE);
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery().timers()
                .processInstanceId(instance.getId()).count()).as("no timer fires again").isZero();

        complete(overdue, Map.of(DataSubjectRequest.VAR_RECTIFICATION_OUTCOME, DataSubjectRequest.NOTHING_TO_CORRECT));

        assertThat(instance).hasPassed(DataSubjectRequest.TASK_CONFIRM_RECTIFICATION).isEnded();
        verify(requests).complete(requestId);
    }

    @Test
    void automaticHandlingThatStallsWarnsTheDpoAWeekBeforeTheDueDate() {
        doThrow(new IllegalStateException("outbox down")).when(services.outbox())
                .toCandidate(applicationId, MessageType.DATA_EXPORT_READY, NUMBER);
        ProcessInstance instance = start(DataRequestType.ACCESS);
        continueAsync(instance);
        Job export = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(DataSubjectRequest.TASK_MAKE_DATA_EXPORT_AVAILABLE).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(export.getId()))
                .hasMessageContaining("outbox down");
        Job escalation = timer(DataSubjectRequest.BOUNDARY_EVENT_AUTOMATED_REQUEST_DUE_SOON);
        org.assertj.core.api.Assertions.assertThat(escalation.getDuedate().toInstant().atZone(AMSTERDAM)
                .toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 2, 21, 10, 15));

        executeTimer(escalation);

        assertThat(instance).hasPassed(DataSubjectRequest.TASK_ESCALATE_STALLED_REQUEST,
                DataSubjectRequest.END_EVENT_STALLED_REQUEST_ESCALATED).isNotEnded();
        verify(services.outbox()).toStaff(applicationId, MessageType.DATA_REQUEST_DUE_SOON, NUMBER, "dpo");
        verify(requests, never()).complete(requestId);

        doNothing().when(services.outbox()).toCandidate(eq(applicationId), eq(MessageType.DATA_EXPORT_READY),
                anyInt());
        engine.getManagementService().executeJob(export.getId());

        assertThat(instance).isEnded();
        verify(requests).complete(requestId);
    }

    private ProcessInstance start(DataRequestType type) {
        starter.on(new DataRequestReceived(requestId, applicationId, new ApplicationReference(REFERENCE), type, DUE));
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DataSubjectRequest.PROCESS_KEY)
                .variableValueEquals(DataSubjectRequest.VAR_DATA_REQUEST_ID, requestId.toString()).singleResult();
    }

    /** Runs the instance's next asynchronous continuation (its one non-timer job). */
    private void continueAsync(ProcessInstance instance) {
        Job next = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
                .singleResult();
        org.assertj.core.api.Assertions.assertThat(next).as("an asynchronous continuation").isNotNull();
        engine.getManagementService().executeJob(next.getId());
    }

    private void executeTimer(Job timer) {
        org.assertj.core.api.Assertions.assertThat(timer).as("a timer").isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    private Job timer(String activityId) {
        return engine.getManagementService().createJobQuery().timers().activityId(activityId).singleResult();
    }
}
