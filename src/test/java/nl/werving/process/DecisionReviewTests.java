package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.decision.DecisionReview;
import nl.werving.decision.DecisionReviewRefusedException;
import nl.werving.decision.DecisionReviewRequested;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.ReviewOutcome;
import nl.werving.decision.ReviewSubject;
import nl.werving.notification.MessageType;
import nl.werving.process.delegate.ProcessDelegates;
import nl.werving.process.listener.ProcessListeners;
import nl.werving.security.WervingGroups;
import org.camunda.bpm.engine.ProcessEngineException;
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

/**
 * Drives DecisionReview.bpmn, started the way Werving starts it ({@link DecisionReviewStarter} on
 * {@link DecisionReviewRequested}), with the real delegates and listeners around mocked services. Full coverage is
 * asserted; the report lands in target/process-test-coverage/.
 */
@Deployment(resources = {"processes/DecisionReview.bpmn", "forms/ReviewContestedDecisionForm.form",
        "forms/TakeUpApplicationAgainForm.form"})
class DecisionReviewTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REFERENCE = "R3V13WQ9D4M8R1T6Y3B5N0C2";
    private static final String STATEMENT = "I have run a customer desk for six years; my CV says so on page two.";
    private final UUID applicationId = UUID.randomUUID();
    private final UUID reviewId = UUID.randomUUID();
    private final Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Instant dueAt = requestedAt.plus(30, ChronoUnit.DAYS);
    private final DecisionReviews reviews = mock(DecisionReviews.class);
    private final ApplicantDataRequests dataRequests = mock(ApplicantDataRequests.class);
    private final ApplicationReference reference = new ApplicationReference(REFERENCE);
    private ProcessServices services;
    private DecisionReviewStarter starter;

    @BeforeEach
    void setUp() {
        services = ProcessServices.mocked();
        ProcessDelegates.register(engine.getProcessEngine(), services);
        ProcessListeners.registerDecisionReviewListeners(engine.getProcessEngine(), services, reviews);
        ProcessDelegates.registerDecisionReviewDelegates(dataRequests);
        when(dataRequests.holdForReview(reference)).thenReturn(true);
        Application application = mock(Application.class);
        when(application.getReference()).thenReturn(new ApplicationReference(REFERENCE));
        when(services.applications().findById(applicationId)).thenReturn(Optional.of(application));
        when(reviews.find(reviewId)).thenReturn(Optional.of(new DecisionReview(reviewId, applicationId, 1,
                ReviewSubject.REJECTION, STATEMENT, "recruiter-anna", requestedAt, dueAt, Optional.empty(), null, null,
                null)));
        when(services.decisions().latestRejectionReason(applicationId))
                .thenReturn(Optional.of("Too little experience with business customers."));
        starter = new DecisionReviewStarter(engine.getRuntimeService(), services.applications(), reviews);
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
        Mocks.reset();
    }

    @Test
    void aRequestBecomesATaskForTeamLeadsDueInAMonthWithTheStatementOnTheTaskOnly() {
        ProcessInstance instance = start();

        assertThat(instance).hasPassed(DecisionReviewProcess.TASK_HOLD_DATA)
                .isWaitingAt(DecisionReviewProcess.TASK_REVIEW_DECISION).hasBusinessKey(REFERENCE);
        verify(dataRequests).holdForReview(reference);
        verify(dataRequests, never()).releaseReviewHold(any());
        Task task = task(instance);
        assertThat(task).hasName("Review contested decision").hasCandidateGroup(WervingGroups.TEAM_LEADS)
                .hasDueDate(Date.from(dueAt));
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("ids and dates only").containsOnlyKeys(DecisionReviewProcess.VAR_APPLICATION_ID,
                        DecisionReviewProcess.VAR_REVIEW_ID, DecisionReviewProcess.VAR_REVIEW_NUMBER,
                        DecisionReviewProcess.VAR_DUE_AT, DecisionReviewProcess.VAR_REMIND_AT,
                        DecisionReviewProcess.VAR_HOLD_PLACED);
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
                .containsEntry(DecisionReviewProcess.LOCAL_STATEMENT, STATEMENT)
                .containsEntry(DecisionReviewProcess.LOCAL_SUBJECT, "rejection")
                .containsEntry(DecisionReviewProcess.LOCAL_CONTESTED_REASON,
                        "Too little experience with business customers.")
                .containsEntry(DecisionReviewProcess.LOCAL_APPLICATION_REFERENCE, REFERENCE);
    }

    @Test
    void anUpheldDecisionIsRecordedWithItsReasonAndMailedToTheCandidate() {
        ProcessInstance instance = start();

        completeAs("lead-bram", task(instance), ReviewOutcome.UPHELD, "Six years are not in the CV we received.");

        verify(reviews).decide(reviewId, ReviewOutcome.UPHELD, "Six years are not in the CV we received.", "lead-bram");
        verify(services.outbox()).toCandidate(applicationId, MessageType.DECISION_REVIEW_OUTCOME, 1);
        verify(dataRequests).releaseReviewHold(reference);
        assertThat(instance).hasPassedInOrder(DecisionReviewProcess.TASK_REVIEW_DECISION,
                DecisionReviewProcess.TASK_SEND_REVIEW_OUTCOME, DecisionReviewProcess.TASK_RELEASE_DATA,
                DecisionReviewProcess.END_EVENT_DECISION_UPHELD)
                .hasNotPassed(DecisionReviewProcess.TASK_TAKE_UP_APPLICATION_AGAIN).isEnded();
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.personalRows(engine.getHistoryService(),
                instance.getId(), "Six years are not", STATEMENT, "Too little experience"))
                .as("the reason, the statement and the contested reason never reach the engine's history").isEmpty();
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.variableNames(engine.getHistoryService(),
                instance.getId())).as("the outcome does").contains(DecisionReviewProcess.VAR_OUTCOME,
                DecisionReviewProcess.LOCAL_SUBJECT);
    }

    @Test
    void aReversedDecisionIsMailedAndGivesARecruiterATaskToTakeTheApplicationUpAgain() {
        ProcessInstance instance = start();

        completeAs("lead-bram", task(instance), ReviewOutcome.OVERTURNED, null);

        verify(reviews).decide(reviewId, ReviewOutcome.OVERTURNED, null, "lead-bram");
        verify(services.outbox()).toCandidate(applicationId, MessageType.DECISION_REVIEW_OUTCOME, 1);
        assertThat(instance).isWaitingAt(DecisionReviewProcess.TASK_TAKE_UP_APPLICATION_AGAIN);
        Task followUp = task(instance);
        assertThat(followUp).hasCandidateGroup(WervingGroups.RECRUITERS);
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(followUp.getId(),
                "applicationReference")).isEqualTo(REFERENCE);

        engine.getTaskService().complete(followUp.getId(), Map.of("candidateContacted", true));

        assertThat(instance).hasPassed(DecisionReviewProcess.END_EVENT_DECISION_OVERTURNED).isEnded();
    }

    @Test
    void aReviewThatHeldNoDataReleasesNone() {
        when(dataRequests.holdForReview(reference)).thenReturn(false);
        ProcessInstance instance = start();

        completeAs("lead-bram", task(instance), ReviewOutcome.OVERTURNED, null);

        assertThat(instance).hasPassed(DecisionReviewProcess.TASK_RELEASE_DATA);
        verify(dataRequests, never()).releaseReviewHold(any());
    }

    @Test
    void thePersonWhoTookTheDecisionCannotReviewItAndTheTaskStaysOpen() {
        ProcessInstance instance = start();
        doThrow(new DecisionReviewRefusedException(DecisionReviewRefusedException.Reason.SAME_PERSON,
                "You took the decision under review yourself; another person must review it"))
                .when(reviews).decide(any(), any(), any(), eq("recruiter-anna"));

        assertThatThrownBy(() -> completeAs("recruiter-anna", task(instance), ReviewOutcome.UPHELD, "It stands."))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("another person");

        assertThat(instance).isWaitingAt(DecisionReviewProcess.TASK_REVIEW_DECISION);
        verify(services.outbox(), never()).toCandidate(any(), any(), anyInt());
    }

    @Test
    void aCompletionWithoutAConclusionIsRefused() {
        ProcessInstance instance = start();

        assertThatThrownBy(() -> engine.getTaskService().complete(task(instance).getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Choose whether");

        assertThat(instance).isWaitingAt(DecisionReviewProcess.TASK_REVIEW_DECISION);
        verify(reviews, never()).decide(any(), any(), any(), any());
    }

    @Test
    void theTeamLeadsAreRemindedAWeekBeforeTheDeadlineAndTheReviewStaysOpen() {
        ProcessInstance instance = start();
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(DecisionReviewProcess.BOUNDARY_EVENT_REVIEW_DUE_SOON).singleResult();
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate())
                .isEqualTo(Date.from(dueAt.minus(DecisionReviewProcess.REMIND_BEFORE_DUE)));

        engine.getManagementService().executeJob(reminder.getId());

        verify(services.outbox()).toStaff(applicationId, MessageType.DECISION_REVIEW_DUE_SOON, 1,
                WervingGroups.TEAM_LEADS);
        assertThat(instance).hasPassed(DecisionReviewProcess.TASK_REMIND_REVIEWERS)
                .isWaitingAt(DecisionReviewProcess.TASK_REVIEW_DECISION);
    }

    private ProcessInstance start() {
        starter.on(new DecisionReviewRequested(reviewId, applicationId, 1));
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DecisionReviewProcess.PROCESS_KEY).processInstanceBusinessKey(REFERENCE)
                .singleResult();
    }

    private void completeAs(String userId, Task task, ReviewOutcome outcome, String reason) {
        engine.getIdentityService().setAuthenticatedUserId(userId);
        Map<String, Object> values = new java.util.HashMap<>();
        values.put(DecisionReviewProcess.VAR_OUTCOME, outcome.name());
        if (reason != null) {
            values.put(DecisionReviewProcess.LOCAL_REASON, reason);
        }
        engine.getTaskService().complete(task.getId(), values);
    }
}
