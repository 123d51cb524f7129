package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.ProcedureEnded;
import nl.werving.application.ProcedureOutcome;
import nl.werving.application.UnknownApplicationException;
import nl.werving.consent.Consent;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentGiven;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.ConsentWithdrawn;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.ErasureReason;
import nl.werving.notification.MessageType;
import nl.werving.process.ApplicantDataRequests.ErasureRequestOutcome;
import nl.werving.process.delegate.ProcessDelegates;
import nl.werving.process.listener.ProcessListeners;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

/**
 * Drives every path of ApplicantDataLifecycle.bpmn with the real RetentionPeriodDecision.dmn, delegates and
 * message correlation around a mocked erasure, consent module and outbox, on the engine's clock (timers are due
 * exactly at the computed dates). Full coverage is asserted; the report lands in target/process-test-coverage/.
 */
@Deployment(resources = {"processes/ApplicantDataLifecycle.bpmn", "processes/RetentionPeriodDecision.dmn"})
class ApplicantDataLifecycleTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REFERENCE = "M4X9K2Q7W1T8R3Y6B5N0C2HD";
    private static final ApplicationReference APPLICATION_REFERENCE = new ApplicationReference(REFERENCE);
    private static final Instant ENDED_AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final Clock CLOCK = ProcessDelegates.ENGINE_CLOCK;

    private final UUID applicationId = UUID.randomUUID();
    private final ErasedApplication erased = new ErasedApplication(applicationId, REFERENCE);
    private ProcessServices services;
    private ApplicantDataLifecycleMessages messages;
    private ApplicantDataRequests requests;
    private Application application;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.minus(Duration.ofDays(20))));
        services = ProcessServices.mocked();
        ProcessDelegates.register(engine.getProcessEngine(), services);
        ProcessListeners.register(engine.getProcessEngine(), services, CLOCK);
        messages = new ApplicantDataLifecycleMessages(engine.getRuntimeService(), CLOCK);
        requests = new ApplicantDataRequests(engine.getRuntimeService(), services.applications());
        application = Mockito.mock(Application.class);
        when(application.hasEnded()).thenReturn(true);
        when(services.applications().findByReference(APPLICATION_REFERENCE)).thenReturn(Optional.of(application));
        when(services.consents().inForce(applicationId, ConsentPurpose.TALENT_POOL)).thenReturn(Optional.empty());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------- the four weeks

    @Test
    void theLifecycleWaitsForTheProcedureToEndHoldingOnlyTheApplicationId() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.TASK_WAIT_FOR_PROCEDURE_END).hasBusinessKey(REFERENCE);
        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .containsOnly(Map.entry(ApplicantDataLifecycle.VAR_APPLICATION_ID, applicationId.toString()));
        org.assertj.core.api.Assertions.assertThat(jobs(instance)).isEmpty();
    }

    @Test
    void aRejectedApplicantsDataIsErasedWhenTheTimerRunsExactly28DaysAfterTheEndNotBefore() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);

        assertThat(instance).hasPassedInOrder("Task_CheckTalentPoolConsent", "Task_DecideRetentionPeriod",
                "Task_StartRetentionPeriod").isWaitingAt(ApplicantDataLifecycle.EVENT_RETENTION_PERIOD_OVER)
                .variables().containsEntry("outcome", "REJECTED").containsEntry("talentPoolConsent", false)
                .containsEntry("retentionPeriod", "P28D").containsEntry("retentionRule", "FOUR_WEEKS_AFTER_PROCEDURE")
                .containsEntry("consentBased", false).containsEntry("retentionPeriodDecisionVersion", 1);
        Instant due = ENDED_AT.plus(Duration.ofDays(28));
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant()).isEqualTo(due);

        ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
        org.assertj.core.api.Assertions.assertThat(executableJobs()).as("day 28, a second early").isZero();
        verify(services.erasure(), never()).erase(any(), any());

        ClockUtil.setCurrentTime(Date.from(due));
        org.assertj.core.api.Assertions.assertThat(executableJobs()).as("day 28 is over").isOne();
        execute(timer(instance));

        assertThat(instance).hasPassed("Task_EraseExpiredData", "EndEvent_RetentionPeriodOver",
                ApplicantDataLifecycle.END_EVENT_DATA_ERASED).isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.RETENTION_EXPIRED);
    }

    @Test
    void aHiredCandidatesApplicantCopyIsErasedAtOnce() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.HIRED);

        assertThat(instance).variables().containsEntry("retentionPeriod", "P0D").containsEntry("retentionRule", "HIRED");
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant()).isEqualTo(ENDED_AT);
        org.assertj.core.api.Assertions.assertThat(executableJobs()).isOne();
        execute(timer(instance));

        assertThat(instance).isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.RETENTION_EXPIRED);
    }

    @Test
    void aTalentPoolConsentGivenDuringTheFourWeeksStartsAYearFromThatMoment() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.WITHDRAWN);
        Instant consentAt = ENDED_AT.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(consentAt));
        consentInForce();

        messages.on(new ConsentGiven(applicationId, ConsentPurpose.TALENT_POOL, consentAt));

        assertThat(instance).hasPassed("BoundaryEvent_TalentPoolConsentGiven")
                .isWaitingAt(ApplicantDataLifecycle.EVENT_RENEWAL_DUE).variables()
                .containsEntry("retentionRule", "TALENT_POOL_CONSENT").containsEntry("retentionPeriod", "P365D")
                .containsEntry("retentionDueAt", Date.from(consentAt.plus(Duration.ofDays(365))));
    }

    // ---------------------------------------------------------------- the talent pool

    @Test
    void withoutRenewalTheTalentPoolDataIsErasedWhenTheYearIsOverNotBefore() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);

        Instant renewal = ENDED_AT.plus(Duration.ofDays(335));
        Instant due = ENDED_AT.plus(Duration.ofDays(365));
        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_RENEWAL_DUE).variables()
                .containsEntry("retentionPeriod", "P365D").containsEntry("consentBased", true)
                .containsEntry("talentPoolPeriod", 1);
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant()).isEqualTo(renewal);

        ClockUtil.setCurrentTime(Date.from(renewal));
        execute(timer(instance));
        verify(services.outbox()).toCandidate(applicationId, MessageType.TALENT_POOL_RENEWAL, 1);
        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_TALENT_POOL_PERIOD_OVER);
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant()).isEqualTo(due);

        ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
        org.assertj.core.api.Assertions.assertThat(executableJobs()).as("day 365, a second early").isZero();
        ClockUtil.setCurrentTime(Date.from(due));
        org.assertj.core.api.Assertions.assertThat(executableJobs()).as("day 365 is over").isOne();
        execute(timer(instance));

        assertThat(instance).hasPassed("Task_EraseUnrenewedData", "EndEvent_ConsentNotRenewed").isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.CONSENT_NOT_RENEWED);
    }

    @Test
    void aRenewedConsentStartsANewYearFromTheRenewal() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        Instant renewal = ENDED_AT.plus(Duration.ofDays(335));
        ClockUtil.setCurrentTime(Date.from(renewal));
        execute(timer(instance));
        Instant renewedAt = renewal.plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(renewedAt));

        messages.on(new ConsentGiven(applicationId, ConsentPurpose.TALENT_POOL, renewedAt));

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_RENEWAL_DUE).variables()
                .containsEntry("talentPoolPeriod", 2)
                .containsEntry("retentionDueAt", Date.from(renewedAt.plus(Duration.ofDays(365))));
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant())
                .isEqualTo(renewedAt.plus(Duration.ofDays(335)));
        ClockUtil.setCurrentTime(Date.from(renewedAt.plus(Duration.ofDays(335))));
        execute(timer(instance));
        verify(services.outbox()).toCandidate(applicationId, MessageType.TALENT_POOL_RENEWAL, 2);
        verify(services.erasure(), never()).erase(any(), any());
    }

    @Test
    void withdrawingTheTalentPoolConsentErasesAtOnce() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.OFFER_DECLINED);

        messages.on(new ConsentWithdrawn(applicationId, ConsentPurpose.TALENT_POOL, ENDED_AT.plusSeconds(60)));

        assertThat(instance).hasPassed("Task_EraseAfterConsentWithdrawal", "EndEvent_ConsentWithdrawn").isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.CONSENT_WITHDRAWN);
    }

    @Test
    void aConsentWithdrawnDuringTheFourWeeksChangesNothing() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);

        messages.on(new ConsentWithdrawn(applicationId, ConsentPurpose.TALENT_POOL, ENDED_AT.plusSeconds(60)));

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_RETENTION_PERIOD_OVER);
        verify(services.erasure(), never()).erase(any(), any());
    }

    // ---------------------------------------------------------------- legal hold

    @Test
    void aLegalHoldStopsTheClockAndItsReleaseResumesWithTheTimeThatWasLeft() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.plus(Duration.ofDays(10))));

        requests.placeLegalHold(APPLICATION_REFERENCE);

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD).variables()
                .containsEntry("retentionRemaining", "PT432H").containsEntry("renewalRemaining", null);
        org.assertj.core.api.Assertions.assertThat(jobs(instance)).isEmpty();

        Instant releasedAt = ENDED_AT.plus(Duration.ofDays(200));
        ClockUtil.setCurrentTime(Date.from(releasedAt));
        requests.releaseLegalHold(APPLICATION_REFERENCE);

        assertThat(instance).hasPassed("Task_SuspendRetentionClock", "Task_ResumeRetentionClock")
                .isWaitingAt(ApplicantDataLifecycle.EVENT_RETENTION_PERIOD_OVER);
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant())
                .isEqualTo(releasedAt.plus(Duration.ofDays(18)));
        verify(services.erasure(), never()).erase(any(), any());
    }

    @Test
    void aHoldAfterTheRenewalRequestResumesWithoutMailingTheCandidateASecondRenewalRequest() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.plus(Duration.ofDays(335))));
        execute(timer(instance));
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.plus(Duration.ofDays(340))));
        requests.placeLegalHold(APPLICATION_REFERENCE);
        assertThat(instance).variables().containsEntry("retentionRemaining", "PT600H")
                .containsEntry("renewalRemaining", "PT0S");

        Instant releasedAt = ENDED_AT.plus(Duration.ofDays(400));
        ClockUtil.setCurrentTime(Date.from(releasedAt));
        requests.releaseLegalHold(APPLICATION_REFERENCE);
        execute(timer(instance));

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_TALENT_POOL_PERIOD_OVER);
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant())
                .isEqualTo(releasedAt.plus(Duration.ofDays(25)));
        verify(services.outbox(), times(2)).toCandidate(applicationId, MessageType.TALENT_POOL_RENEWAL, 1);
    }

    @Test
    void aConsentWithdrawnDuringALegalHoldErasesAtTheRelease() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        messages.on(new ConsentGiven(applicationId, ConsentPurpose.TALENT_POOL, ENDED_AT.plusSeconds(1)));
        requests.placeLegalHold(APPLICATION_REFERENCE);

        messages.on(new ConsentWithdrawn(applicationId, ConsentPurpose.TALENT_POOL, ENDED_AT.plusSeconds(60)));

        assertThat(instance).hasPassed("BoundaryEvent_ConsentWithdrawnOnHold", "EndEvent_ConsentWithdrawalNoted")
                .isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
        verify(services.erasure(), never()).erase(any(), any());

        requests.releaseLegalHold(APPLICATION_REFERENCE);

        assertThat(instance).hasPassed("Gateway_ConsentChangedOnHold", "Task_EraseAfterConsentWithdrawal").isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.CONSENT_WITHDRAWN);
    }

    @Test
    void aConsentRenewedDuringALegalHoldStartsItsYearAtTheRelease() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.plus(Duration.ofDays(335))));
        execute(timer(instance));
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.plus(Duration.ofDays(340))));
        requests.placeLegalHold(APPLICATION_REFERENCE);
        Instant renewedAt = ENDED_AT.plus(Duration.ofDays(350));

        messages.on(new ConsentGiven(applicationId, ConsentPurpose.TALENT_POOL, renewedAt));

        assertThat(instance).hasPassed("BoundaryEvent_ConsentGivenOnHold", "EndEvent_ConsentGivenNoted")
                .isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
        Instant releasedAt = ENDED_AT.plus(Duration.ofDays(500));
        ClockUtil.setCurrentTime(Date.from(releasedAt));
        requests.releaseLegalHold(APPLICATION_REFERENCE);

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_RENEWAL_DUE).variables()
                .containsEntry("talentPoolPeriod", 2).containsEntry("retentionStartsAt", Date.from(releasedAt))
                .containsEntry("retentionDueAt", Date.from(releasedAt.plus(Duration.ofDays(365))));
        verify(services.erasure(), never()).erase(any(), any());
    }

    @Test
    void aLegalHoldNeedsAnEndedProcedureAndIsPlacedAndReleasedOnce() {
        ProcessInstance instance = start();

        assertThatThrownBy(() -> requests.placeLegalHold(APPLICATION_REFERENCE))
                .isInstanceOf(ApplicantDataRequestRefusedException.class).hasMessageContaining("has not ended");
        end(ProcedureOutcome.REJECTED);
        assertThatThrownBy(() -> requests.releaseLegalHold(APPLICATION_REFERENCE))
                .isInstanceOf(ApplicantDataRequestRefusedException.class).hasMessageContaining("is not on legal hold");
        requests.placeLegalHold(APPLICATION_REFERENCE);
        assertThatThrownBy(() -> requests.placeLegalHold(APPLICATION_REFERENCE))
                .isInstanceOf(ApplicantDataRequestRefusedException.class).hasMessageContaining("on legal hold already");
        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
    }

    // ---------------------------------------------------------------- hold for a pending human review

    @Test
    void aPendingReviewHoldsTheDataAndItsAnswerLetsTheClockRunOnWithTheTimeThatWasLeft() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        ClockUtil.setCurrentTime(Date.from(ENDED_AT.plus(Duration.ofDays(20))));

        org.assertj.core.api.Assertions.assertThat(requests.holdForReview(APPLICATION_REFERENCE)).isTrue();

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD).variables()
                .containsEntry(ApplicantDataLifecycle.VAR_HOLD_FOR_REVIEW, true);
        Instant answeredAt = ENDED_AT.plus(Duration.ofDays(45));
        ClockUtil.setCurrentTime(Date.from(answeredAt));
        requests.releaseReviewHold(APPLICATION_REFERENCE);

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_RETENTION_PERIOD_OVER).variables()
                .doesNotContainKey(ApplicantDataLifecycle.VAR_HOLD_FOR_REVIEW);
        org.assertj.core.api.Assertions.assertThat(timer(instance).getDuedate().toInstant())
                .isEqualTo(answeredAt.plus(Duration.ofDays(8)));
        verify(services.erasure(), never()).erase(any(), any());
    }

    @Test
    void aReviewDuringTheProcedureOrUnderTheDposHoldHoldsNothingAndReleasesNothing() {
        ProcessInstance instance = start();
        org.assertj.core.api.Assertions.assertThat(requests.holdForReview(APPLICATION_REFERENCE))
                .as("the clock has not started").isFalse();
        end(ProcedureOutcome.REJECTED);
        requests.placeLegalHold(APPLICATION_REFERENCE);

        org.assertj.core.api.Assertions.assertThat(requests.holdForReview(APPLICATION_REFERENCE)).isFalse();
        requests.releaseReviewHold(APPLICATION_REFERENCE);

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
    }

    @Test
    void theDpoTakesOverAReviewsHoldWhichTheReviewThenNoLongerReleases() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        requests.holdForReview(APPLICATION_REFERENCE);

        requests.placeLegalHold(APPLICATION_REFERENCE);
        requests.releaseReviewHold(APPLICATION_REFERENCE);

        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
        requests.releaseLegalHold(APPLICATION_REFERENCE);
        assertThat(instance).isWaitingAt(ApplicantDataLifecycle.EVENT_RETENTION_PERIOD_OVER);
    }

    @Test
    void theCandidatesErasureRequestLiftsAReviewsHoldAndErases() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        requests.holdForReview(APPLICATION_REFERENCE);

        ErasureRequestOutcome outcome = requests.requestErasure(APPLICATION_REFERENCE);

        org.assertj.core.api.Assertions.assertThat(outcome).isEqualTo(ErasureRequestOutcome.ERASED);
        assertThat(instance).hasPassed("Task_ResumeRetentionClock", "Task_EraseOnRequest").isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.CANDIDATE_REQUEST);
        verify(services.outbox(), never()).toCandidate(applicationId, MessageType.ERASURE_REFUSED_LEGAL_HOLD, 1);
    }

    // ---------------------------------------------------------------- erasure requests

    @Test
    void anErasureRequestErasesAtOnce() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);

        ErasureRequestOutcome outcome = requests.requestErasure(APPLICATION_REFERENCE);

        org.assertj.core.api.Assertions.assertThat(outcome).isEqualTo(ErasureRequestOutcome.ERASED);
        assertThat(instance).hasPassed("BoundaryEvent_ErasureRequested", "Task_EraseOnRequest",
                "EndEvent_ErasedOnRequest").isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.CANDIDATE_REQUEST);
    }

    @Test
    void anErasureRequestDuringTheProcedureWithdrawsTheApplicationFirst() {
        ProcessInstance instance = start();
        when(application.hasEnded()).thenReturn(false);
        doAnswer(invocation -> {
            end(ProcedureOutcome.WITHDRAWN);
            return null;
        }).when(services.applications()).withdraw(APPLICATION_REFERENCE);

        ErasureRequestOutcome outcome = requests.requestErasure(APPLICATION_REFERENCE);

        org.assertj.core.api.Assertions.assertThat(outcome).isEqualTo(ErasureRequestOutcome.ERASED);
        assertThat(instance).hasPassed("Task_EraseOnRequest").isEnded();
        verify(services.erasure()).erase(erased, ErasureReason.CANDIDATE_REQUEST);
    }

    @Test
    void anErasureRequestUnderALegalHoldIsRefusedAndTheCandidateToldWhy() {
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        requests.placeLegalHold(APPLICATION_REFERENCE);

        ErasureRequestOutcome first = requests.requestErasure(APPLICATION_REFERENCE);
        ErasureRequestOutcome second = requests.requestErasure(APPLICATION_REFERENCE);

        org.assertj.core.api.Assertions.assertThat(List.of(first, second))
                .containsOnly(ErasureRequestOutcome.REFUSED_LEGAL_HOLD);
        assertThat(instance).hasPassed("BoundaryEvent_ErasureRefused", "Task_SendErasureRefusal",
                ApplicantDataLifecycle.END_EVENT_ERASURE_REFUSED)
                .isWaitingAt(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
        verify(services.outbox()).toCandidate(applicationId, MessageType.ERASURE_REFUSED_LEGAL_HOLD, 1);
        verify(services.outbox()).toCandidate(applicationId, MessageType.ERASURE_REFUSED_LEGAL_HOLD, 2);
        verify(services.erasure(), never()).erase(any(), any());
    }

    @Test
    void requestsForAnUnknownOrErasedApplicationAreRefused() {
        ApplicationReference unknown = ApplicationReference.random();
        when(services.applications().findByReference(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> requests.requestErasure(unknown)).isInstanceOf(UnknownApplicationException.class);
        assertThatThrownBy(() -> requests.placeLegalHold(APPLICATION_REFERENCE))
                .isInstanceOf(ApplicantDataRequestRefusedException.class)
                .hasMessageContaining("no running data lifecycle");
    }

    @Test
    void theLifecycleKeepsNoPersonalData() {
        consentInForce();
        ProcessInstance instance = start();
        end(ProcedureOutcome.REJECTED);
        requests.placeLegalHold(APPLICATION_REFERENCE);

        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .containsOnlyKeys("applicationId", "outcome", "retentionStartsAt", "talentPoolConsent",
                        "retentionPeriod", "retentionRule", "consentBased", "retentionPeriodDecisionVersion",
                        "retentionDueAt", "renewalDueAt", "talentPoolPeriod", "retentionRemaining", "renewalRemaining",
                        "consentGivenAt", "consentWithdrawnAt");
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(ApplicantDataLifecycle.PROCESS_KEY, REFERENCE,
                Map.of(ApplicantDataLifecycle.VAR_APPLICATION_ID, applicationId.toString()));
    }

    private void end(ProcedureOutcome outcome) {
        ClockUtil.setCurrentTime(Date.from(ENDED_AT));
        messages.on(new ProcedureEnded(applicationId, APPLICATION_REFERENCE, outcome));
    }

    private void consentInForce() {
        when(services.consents().inForce(applicationId, ConsentPurpose.TALENT_POOL)).thenReturn(Optional.of(
                new Consent(applicationId, ConsentPurpose.TALENT_POOL, "notice", ENDED_AT, ConsentChannel.CANDIDATE_LINK,
                        null, null)));
    }

    private List<Job> jobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list();
    }

    private Job timer(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
                .singleResult();
    }

    private long executableJobs() {
        return engine.getManagementService().createJobQuery().executable().count();
    }
}
