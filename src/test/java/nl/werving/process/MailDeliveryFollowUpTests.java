package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.notification.MailDeliveryFailed;
import nl.werving.notification.MessageNotFailedException;
import nl.werving.notification.MessageType;
import nl.werving.notification.OutboundMessageStatus;
import nl.werving.process.delegate.ProcessDelegates;
import org.camunda.bpm.engine.ProcessEngineException;
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
 * Drives MailDeliveryFollowUp.bpmn, started the way Werving starts it (by {@link MailDeliveryFollowUpStarter} on
 * {@link MailDeliveryFailed}), with the real delegate around a mocked outbox. Full coverage is asserted; the
 * report lands in target/process-test-coverage/.
 */
@Deployment(resources = "processes/MailDeliveryFollowUp.bpmn")
class MailDeliveryFollowUpTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REFERENCE = "K2W7Q9D4M8R1T6Y3B5N0C2HX";
    private final UUID applicationId = UUID.randomUUID();
    private final UUID messageId = UUID.randomUUID();
    private final MailDeliveryFailed failure = new MailDeliveryFailed(messageId, applicationId, MessageType.REJECTION);
    private ProcessServices services;
    private MailDeliveryFollowUpStarter starter;

    @BeforeEach
    void setUp() {
        services = ProcessServices.mocked();
        ProcessDelegates.register(engine.getProcessEngine(), services);
        Application application = Mockito.mock(Application.class);
        when(application.getReference()).thenReturn(new ApplicationReference(REFERENCE));
        when(services.applications().findById(applicationId)).thenReturn(Optional.of(application));
        starter = new MailDeliveryFollowUpStarter(engine.getRuntimeService(), engine.getHistoryService(),
                services.applications());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void aMailThatFailedForGoodBecomesATaskForRecruitersNamingTheMail() {
        starter.on(failure);

        ProcessInstance instance = instance();
        assertThat(instance).isWaitingAt(MailDeliveryFollowUp.TASK_FOLLOW_UP_UNDELIVERED_MAIL)
                .hasBusinessKey(REFERENCE);
        Task task = task(instance);
        assertThat(task).hasName("Follow up undelivered mail (REJECTION)").hasCandidateGroup("recruiters");
        org.assertj.core.api.Assertions.assertThat(task.getDueDate().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofDays(1)), within(1, ChronoUnit.MINUTES));
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("ids and the type only").containsOnly(
                        Map.entry(MailDeliveryFollowUp.VAR_APPLICATION_ID, applicationId.toString()),
                        Map.entry(MailDeliveryFollowUp.VAR_MESSAGE_ID, messageId.toString()),
                        Map.entry(MailDeliveryFollowUp.VAR_MESSAGE_TYPE, "REJECTION"));
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(task.getId(),
                MailDeliveryFollowUp.LOCAL_APPLICATION_REFERENCE)).isEqualTo(REFERENCE);
    }

    @Test
    void sendingAgainPutsTheMailBackIntoTheOutbox() {
        starter.on(failure);
        ProcessInstance instance = instance();

        complete(task(instance), Map.of(MailDeliveryFollowUp.VAR_FOLLOW_UP_DECISION, MailDeliveryFollowUp.SEND_AGAIN));

        assertThat(instance).hasPassedInOrder(MailDeliveryFollowUp.TASK_FOLLOW_UP_UNDELIVERED_MAIL,
                "Gateway_MailFollowUpDecision", MailDeliveryFollowUp.TASK_QUEUE_MAIL_AGAIN,
                MailDeliveryFollowUp.END_EVENT_MAIL_QUEUED_AGAIN).isEnded();
        verify(services.outbox()).retryFailed(messageId);
    }

    @Test
    void aMailHandledAnotherWayIsNotSentAgain() {
        starter.on(failure);
        ProcessInstance instance = instance();

        complete(task(instance), Map.of(MailDeliveryFollowUp.VAR_FOLLOW_UP_DECISION,
                MailDeliveryFollowUp.HANDLED_ANOTHER_WAY));

        assertThat(instance).hasPassed(MailDeliveryFollowUp.END_EVENT_HANDLED_ANOTHER_WAY)
                .hasNotPassed(MailDeliveryFollowUp.TASK_QUEUE_MAIL_AGAIN).isEnded();
        verify(services.outbox(), never()).retryFailed(any());
    }

    @Test
    void aMailThatIsNoLongerFailedIsRefusedAndTheTaskStaysOpen() {
        starter.on(failure);
        ProcessInstance instance = instance();
        doThrow(new MessageNotFailedException(messageId, OutboundMessageStatus.PENDING))
                .when(services.outbox()).retryFailed(messageId);
        Task task = task(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of(
                MailDeliveryFollowUp.VAR_FOLLOW_UP_DECISION, MailDeliveryFollowUp.SEND_AGAIN)))
                .isInstanceOf(MessageNotFailedException.class).hasMessageContaining("not FAILED");

        assertThat(instance).isWaitingAt(MailDeliveryFollowUp.TASK_FOLLOW_UP_UNDELIVERED_MAIL);
    }

    @Test
    void theTaskCannotBeCompletedWithoutADecision() {
        starter.on(failure);
        ProcessInstance instance = instance();
        Task task = task(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId()))
                .isInstanceOf(ProcessEngineException.class);

        assertThat(instance).isWaitingAt(MailDeliveryFollowUp.TASK_FOLLOW_UP_UNDELIVERED_MAIL);
    }

    @Test
    void theSameFailureAnnouncedTwiceOpensOneTask() {
        starter.on(failure);
        starter.on(failure);

        org.assertj.core.api.Assertions.assertThat(instances()).hasSize(1);
    }

    @Test
    void aFailureHandledAnotherWayIsNotOpenedAgainWhenItIsAnnouncedOnceMore() {
        starter.on(failure);
        complete(task(instance()), Map.of(MailDeliveryFollowUp.VAR_FOLLOW_UP_DECISION,
                MailDeliveryFollowUp.HANDLED_ANOTHER_WAY));

        starter.on(failure);

        org.assertj.core.api.Assertions.assertThat(instances()).isEmpty();
    }

    @Test
    void aMailThatFailsAgainAfterBeingSentAgainIsANewFailureWithANewTask() {
        starter.on(failure);
        complete(task(instance()), Map.of(MailDeliveryFollowUp.VAR_FOLLOW_UP_DECISION, MailDeliveryFollowUp.SEND_AGAIN));

        starter.on(failure);

        org.assertj.core.api.Assertions.assertThat(instances()).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryFollowUp.PROCESS_KEY)
                .variableValueEquals(MailDeliveryFollowUp.VAR_MESSAGE_ID, messageId.toString()).count()).isEqualTo(2);
    }

    @Test
    void aFailedMailOfAnApplicationThatNoLongerExistsStillBecomesATask() {
        UUID gone = UUID.randomUUID();
        when(services.applications().findById(gone)).thenReturn(Optional.empty());

        starter.on(new MailDeliveryFailed(messageId, gone, MessageType.OFFER));

        ProcessInstance instance = instance();
        assertThat(instance).isWaitingAt(MailDeliveryFollowUp.TASK_FOLLOW_UP_UNDELIVERED_MAIL);
        org.assertj.core.api.Assertions.assertThat(instance.getBusinessKey()).isNull();
        assertThat(task(instance)).hasName("Follow up undelivered mail (OFFER)");
    }

    private List<ProcessInstance> instances() {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryFollowUp.PROCESS_KEY)
                .variableValueEquals(MailDeliveryFollowUp.VAR_MESSAGE_ID, messageId.toString()).list();
    }

    private ProcessInstance instance() {
        List<ProcessInstance> running = instances();
        org.assertj.core.api.Assertions.assertThat(running).hasSize(1);
        return running.get(0);
    }
}
