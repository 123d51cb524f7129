package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.application.ProcedureOutcome;
import nl.werving.decision.DecisionStage;
import nl.werving.interview.InterviewRescheduleRequested;
import nl.werving.interview.InterviewSlotChosen;
import nl.werving.interview.ScorecardSummary;
import nl.werving.notification.MessageType;
import nl.werving.offer.OfferDraft;
import nl.werving.offer.OfferSummary;
import nl.werving.process.delegate.ProcessDelegates;
import nl.werving.process.listener.ProcessListeners;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningOutcome;
import nl.werving.screening.ScreeningResult;
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

/**
 * Drives every path of HiringProcess.bpmn with the real DMN tables, delegates and listeners around mocked
 * module services. The coverage report lands in target/process-test-coverage/.
 */
@Deployment(resources = {"processes/HiringProcess.bpmn", "processes/ScreeningDecision.dmn",
        "processes/AssessmentDecision.dmn", "processes/OfferApprovalDecision.dmn"})
class HiringProcessTests {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension
            .builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String REFERENCE = "V6QHHSN8VXXB3P0KW81VJQP3";
    // Fixed ids: the history checks below search variable values for texts such as "4250", which a random id may hold.
    private final UUID applicationId = UUID.fromString("a1c0ffee-0000-4000-8000-00000000a001");
    private final UUID vacancyId = UUID.fromString("b1c0ffee-0000-4000-8000-00000000b001");
    private ProcessServices services;

    @BeforeEach
    void setUp() {
        services = ProcessServices.mocked();
        ProcessDelegates.register(engine.getProcessEngine(), services);
        ProcessListeners.register(engine.getProcessEngine(), services, Clock.systemUTC());
        when(services.automation().isAutomationOn(vacancyId)).thenReturn(true);
        when(services.interviews().interviewers(applicationId, 1)).thenReturn(List.of("ilse", "ivo"));
        when(services.interviews().interviewers(applicationId, 2)).thenReturn(List.of("ilse"));
        when(services.scorecards().summary(any(), anyInt())).thenReturn(new ScorecardSummary(2, 3.75));
        for (String user : List.of("ilse", "ivo")) {
            if (engine.getIdentityService().createUserQuery().userId(user).count() == 0) {
                engine.getIdentityService().saveUser(engine.getIdentityService().newUser(user));
            }
        }
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    // ---------------------------------------------------------------- screening

    @Test
    void aHighScoreIsRecommendedToAdvanceStraightToTheAssessment() {
        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, 85));

        assertThat(instance).hasPassedInOrder("Task_SendConfirmation", "Task_ScreenApplication",
                "Task_ApplyKnockoutRules", "Task_InviteToAssessment").isWaitingAt("Task_WaitForAssessmentResult")
                .variables().containsEntry("screeningRecommendation", "advance")
                .containsEntry("screeningDecisionVersion", 1);
        verify(services.outbox()).toCandidate(applicationId, MessageType.APPLICATION_RECEIVED, 1);
        verify(services.assessments()).invite(applicationId);
    }

    @Test
    void anUnscoredApplicationGoesToARecruiterWithTheRecommendationAndItsReasons() {
        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, null));

        assertThat(instance).isWaitingAt("Task_ReviewScreening").variables()
                .containsEntry("screeningRecommendation", "review")
                .containsEntry("screeningReason", "NOT_SCORED")
                .containsKeys("screeningExplanationEn", "screeningExplanationNl", "screeningDecisionVersion");
        assertThat(task(instance)).hasCandidateGroup("recruiters");
    }

    @Test
    void aFailedKnockOutIsOnlyARecommendationToReject() {
        ProcessInstance instance = startWith(new ScreeningOutcome(true, false, 95));

        assertThat(instance).isWaitingAt("Task_ReviewScreening").variables()
                .containsEntry("screeningRecommendation", "reject");
        verify(services.outbox(), never()).toCandidate(any(), eq(MessageType.REJECTION), anyInt());
    }

    @Test
    void aMissingMustHaveGoesToAPersonWhateverTheScore() {
        ProcessInstance instance = startWith(new ScreeningOutcome(false, true, 95));

        assertThat(instance).isWaitingAt("Task_ReviewScreening").variables()
                .containsEntry("screeningReason", "MUST_HAVE_MISSING").containsEntry("mustHaveMissing", true);
    }

    @Test
    void intakeDoesNotWaitForScreeningWhichRunsAsItsOwnStep() {
        when(services.screening().screen(applicationId)).thenReturn(new ScreeningOutcome(false, false, 85));

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HiringProcess.PROCESS_KEY,
                REFERENCE, HiringProcess.startVariables(applicationId, vacancyId));

        assertThat(instance).hasPassed("Task_SendConfirmation").isWaitingAt("Task_ScreenApplication");
        verify(services.screening(), never()).screen(any());
    }

    @Test
    void anApplicationThatCannotBeScreenedGoesToARecruiterUnscored() {
        when(services.screening().screen(applicationId))
                .thenThrow(new nl.werving.screening.ScreeningFailedException("unusable CV text"));
        Map<String, Object> variables = HiringProcess.startVariables(applicationId, vacancyId);
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(HiringProcess.PROCESS_KEY, REFERENCE, variables);

        execute(job("Task_ScreenApplication", instance));

        assertThat(instance).hasPassed("BoundaryEvent_ScreeningFailed").isWaitingAt("Task_ReviewScreening")
                .variables().containsEntry("screeningReason", "NOT_SCORED");
    }

    @Test
    void anApplicationThatCannotBeScreenedKeepsItsFailedKnockoutAnswerForTheRecruiter() {
        when(services.screening().screen(applicationId)).thenThrow(new nl.werving.screening.ScreeningFailedException(
                "CV text could not be extracted", new ScreeningOutcome(true, false, null), null));
        Map<String, Object> variables = HiringProcess.startVariables(applicationId, vacancyId);
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(HiringProcess.PROCESS_KEY, REFERENCE, variables);

        execute(job("Task_ScreenApplication", instance));

        assertThat(instance).hasPassed("BoundaryEvent_ScreeningFailed").isWaitingAt("Task_ReviewScreening")
                .variables().containsEntry(HiringProcess.VAR_KNOCKOUT_FAILED, true)
                .containsEntry(HiringProcess.VAR_SCREENING_SCORE, null)
                .containsEntry("screeningReason", "KNOCKOUT_FAILED");
    }

    @Test
    void aCrashDuringScreeningIsRetriedAndThenShownAsAnIncident() {
        when(services.screening().screen(applicationId)).thenThrow(new IllegalStateException("matching crashed"));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HiringProcess.PROCESS_KEY,
                REFERENCE, HiringProcess.startVariables(applicationId, vacancyId));

        for (int attempt = 0; attempt < 3; attempt++) {
            String jobId = job("Task_ScreenApplication", instance).getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
                    .hasMessageContaining("matching crashed");
        }

        org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).activityId("Task_ScreenApplication").count()).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_ScreenApplication");
    }

    @Test
    void theReviewShowsTheEvidenceAndExplanationOnTheTaskOnly() {
        ScreeningResult result = org.mockito.Mockito.mock(ScreeningResult.class);
        when(services.screeningResults().latest(applicationId)).thenReturn(Optional.of(result));
        when(services.screeningExplanations().requirementsOverview(result, ScreeningExplanations.MAX_SUMMARY_CHARS))
                .thenReturn("- **Java** (skill): matched · +40 points");
        when(services.screeningExplanations().explain(result, nl.werving.applicant.Language.EN))
                .thenReturn("We checked Java.");

        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, 55));

        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId()))
                .containsEntry("screeningEvidence", "- **Java** (skill): matched · +40 points")
                .containsEntry("screeningExplanation", "We checked Java.");
        assertThat(instance).variables().doesNotContainKeys("screeningEvidence", "screeningExplanation");
        verify(services.screeningResults()).attachDecision(applicationId, "ScreeningDecision", 1, "review",
                "SCORE_BELOW_THRESHOLD");
    }

    @Test
    void afterAnObjectionTheCvIsNotScreenedAtAll() {
        Map<String, Object> variables = HiringProcess.startVariables(applicationId, vacancyId);
        variables.put(HiringProcess.VAR_CANDIDATE_OBJECTED, true);
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey(HiringProcess.PROCESS_KEY, REFERENCE, variables);

        execute(job("Task_ScreenApplication", instance));

        verify(services.screening(), never()).screen(any());
        assertThat(instance).isWaitingAt("Task_ReviewScreening").variables()
                .containsEntry("screeningReason", "AUTOMATION_OFF");
    }

    @Test
    void whenTheKillSwitchIsOffEvenAHighScoreGoesToAPerson() {
        when(services.automation().isAutomationOn(vacancyId)).thenReturn(false);

        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, 95));

        assertThat(instance).isWaitingAt("Task_ReviewScreening").variables()
                .containsEntry("automationAllowed", false).containsEntry("screeningReason", "AUTOMATION_OFF");
    }

    @Test
    void theRecruiterAdvancesTheCandidateAgainstTheRecommendation() {
        ProcessInstance instance = startWith(new ScreeningOutcome(true, false, 40));

        complete(task(instance), Map.of("reviewDecision", "advance"));

        assertThat(instance).isWaitingAt("Task_WaitForAssessmentResult");
        verify(services.decisions()).record(argThat(decision -> decision.stage() == DecisionStage.SCREENING_REVIEW
                && "reject".equals(decision.recommendationShown()) && "advance".equals(decision.decision())));
    }

    @Test
    void theRecruiterRejectsWithAReasonThatIsRecordedButNotKeptInTheProcess() {
        ProcessInstance instance = startWith(new ScreeningOutcome(true, false, 40));

        complete(task(instance), Map.of("reviewDecision", "reject", "rejectionReason", "No work permit for NL"));

        assertThat(instance).hasPassedInOrder("Task_ReviewScreening", "Task_SendRejection",
                "EndEvent_CandidateRejected").isEnded();
        verify(services.decisions()).record(argThat(decision -> "No work permit for NL".equals(decision.reason())));
        verify(services.outbox()).toCandidate(applicationId, MessageType.REJECTION, 1);
        verify(services.applications()).recordProcedureEnded(applicationId, ProcedureOutcome.REJECTED);
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.personalRows(engine.getHistoryService(),
                instance.getId(), "No work permit")).as("the reason never reaches the engine's history").isEmpty();
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.variableNames(engine.getHistoryService(),
                instance.getId())).as("the decision does").contains("reviewDecision", "screeningRecommendation")
                .doesNotContain("rejectionReason");
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.detailNames(engine.getHistoryService(),
                instance.getId())).as("no detail row per variable change, and no form was submitted").isEmpty();
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = startWith(new ScreeningOutcome(true, false, 40));
        Task review = task(instance);

        assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), Map.of("reviewDecision", "reject")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("written reason");

        assertThat(instance).isWaitingAt("Task_ReviewScreening");
        verify(services.outbox(), never()).toCandidate(any(), eq(MessageType.REJECTION), anyInt());
    }

    @Test
    void anOverdueReviewIsEscalatedToTeamLeadsButStillWaitsForAPerson() {
        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, null));

        execute(job("BoundaryEvent_ScreeningReviewOverdue", instance));

        assertThat(instance).hasPassed("Task_EscalateScreeningReview", "EndEvent_ScreeningReviewEscalated")
                .isWaitingAt("Task_ReviewScreening");
        assertThat(task(instance)).hasCandidateGroup("team-leads").hasCandidateGroup("recruiters");
        verify(services.outbox()).toStaff(applicationId, MessageType.REVIEW_OVERDUE, 1, "team-leads");
    }

    // ---------------------------------------------------------------- assessment

    @Test
    void aPassingResultAdvancesToTheInterview() {
        ProcessInstance instance = atAssessment();

        correlate("AssessmentResultReceived", Map.of("assessmentScore", 75));

        assertThat(instance).hasPassed("Task_EvaluateAssessment").isWaitingAt("Task_ProposeInterviewSlots")
                .variables().containsEntry("assessmentRecommendation", "advance")
                .containsEntry("assessmentDecisionVersion", 1);
    }

    @Test
    void aLowResultGoesToARecruiterNeverStraightToRejection() {
        ProcessInstance instance = atAssessment();

        correlate("AssessmentResultReceived", Map.of("assessmentScore", 40));

        assertThat(instance).isWaitingAt("Task_ReviewAssessment").variables()
                .containsEntry("assessmentRecommendation", "reject");
    }

    @Test
    void aReminderIsSentWhileTheResultIsStillAwaited() {
        ProcessInstance instance = atAssessment();

        execute(job("BoundaryEvent_AssessmentReminder", instance));

        assertThat(instance).hasPassed("Task_RemindAssessment", "EndEvent_AssessmentReminderSent")
                .isWaitingAt("Task_WaitForAssessmentResult");
        verify(services.assessments()).remind(applicationId);
    }

    @Test
    void aMissingResultAtTheDeadlineGoesToARecruiter() {
        ProcessInstance instance = atAssessment();

        execute(job("BoundaryEvent_AssessmentDeadline", instance));

        assertThat(instance).isWaitingAt("Task_ReviewAssessment").variables()
                .containsEntry("assessmentReason", "RESULT_MISSING");
    }

    @Test
    void theRecruiterAdvancesAfterReview() {
        ProcessInstance instance = atAssessmentReview();

        complete(task(instance), Map.of("assessmentReviewDecision", "advance"));

        assertThat(instance).isWaitingAt("Task_ProposeInterviewSlots");
    }

    @Test
    void theRecruiterRejectsAfterReview() {
        ProcessInstance instance = atAssessmentReview();

        complete(task(instance), Map.of("assessmentReviewDecision", "reject", "rejectionReason", "Test not passed"));

        assertThat(instance).hasPassed("Task_SendRejection").isEnded();
        verify(services.decisions()).record(argThat(decision -> decision.stage() == DecisionStage.ASSESSMENT_REVIEW));
    }

    @Test
    void anOverdueAssessmentReviewIsEscalated() {
        ProcessInstance instance = atAssessmentReview();

        execute(job("BoundaryEvent_AssessmentReviewOverdue", instance));

        assertThat(instance).hasPassed("Task_EscalateAssessmentReview", "EndEvent_AssessmentReviewEscalated")
                .isWaitingAt("Task_ReviewAssessment");
        assertThat(task(instance)).hasCandidateGroup("team-leads");
    }

    @Test
    void anObjectionSendsEveryLaterRecommendationToAPerson() {
        ProcessInstance instance = atAssessment();

        correlate("CandidateObjected", Map.of());
        correlate("AssessmentResultReceived", Map.of("assessmentScore", 99));

        assertThat(instance).hasPassed("Task_RecordObjection", "EndEvent_ObjectionRecorded")
                .isWaitingAt("Task_ReviewAssessment").variables()
                .containsEntry("candidateObjected", true).containsEntry("assessmentReason", "AUTOMATION_OFF");
        verify(services.outbox()).toCandidate(applicationId, MessageType.OBJECTION_CONFIRMATION, 1);
    }

    @Test
    void theKillSwitchSendsEveryLaterRecommendationToAPerson() {
        ProcessInstance instance = atAssessment();

        correlate("AutomationSwitchedOff", Map.of());
        correlate("AssessmentResultReceived", Map.of("assessmentScore", 99));

        assertThat(instance).hasPassed("Task_RecordAutomationSwitchedOff", "EndEvent_AutomationSwitchOffRecorded")
                .isWaitingAt("Task_ReviewAssessment").variables()
                .containsEntry("automationSwitchedOff", true).containsEntry("assessmentReason", "AUTOMATION_OFF");
    }

    // ---------------------------------------------------------------- interview

    @Test
    void proposedSlotsAreStoredAndSentAndTheChosenSlotLeadsToInvitations() {
        ProcessInstance instance = atProposeSlots();

        proposeSlots(instance);
        assertThat(instance).isWaitingAt("Task_WaitForSlotChoice");
        verify(services.interviews()).propose(eq(applicationId), eq(1), argThat(slots -> slots.size() == 2),
                eq(60), eq(List.of("ilse", "ivo")), eq("Room 4.12"));
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_SLOT_PROPOSAL, 1);

        chooseSlot();

        assertThat(instance).hasPassed("Task_SendInterviewInvitations").isWaitingAt("Event_DayBeforeInterview");
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_INVITATION, 1);
        verify(services.outbox()).toStaff(applicationId, MessageType.INTERVIEW_INVITATION, 1, "ilse");
        verify(services.outbox()).toStaff(applicationId, MessageType.INTERVIEW_INVITATION, 1, "ivo");
    }

    @Test
    void theCandidateIsRemindedOnceOnTheDayBeforeTheInterview() {
        ProcessInstance instance = atSlotChoice();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);

        chooseSlot(1, start);

        assertThat(instance).hasPassedInOrder("Task_SendInterviewInvitations", "Gateway_InterviewReminderDue")
                .isWaitingAt("Event_DayBeforeInterview").variables()
                .containsEntry("interviewReminderDue", true)
                .containsEntry("interviewReminderAt", start.minusHours(24).toString());
        org.assertj.core.api.Assertions.assertThat(job("Event_DayBeforeInterview", instance).getDuedate())
                .isEqualTo(Date.from(start.minusHours(24).toInstant()));
        verify(services.outbox(), never()).toCandidate(any(), eq(MessageType.INTERVIEW_REMINDER), anyInt());

        execute(job("Event_DayBeforeInterview", instance));

        assertThat(instance).hasPassedInOrder("Task_SendInterviewReminder", "Gateway_JoinInterviewReminder")
                .isWaitingAt("Event_InterviewHeld");
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_REMINDER, 1);
        execute(job("Event_InterviewHeld", instance));
        assertThat(instance).isWaitingAt("Task_SubmitScorecard");
        verify(services.outbox()).toCandidate(any(), eq(MessageType.INTERVIEW_REMINDER), anyInt());
    }

    @Test
    void aSlotChosenLessThanADayAheadGetsNoReminder() {
        ProcessInstance instance = atSlotChoice();

        chooseSlot(1, OffsetDateTime.now(ZoneOffset.UTC).plusHours(20).withNano(0));

        assertThat(instance).hasPassedInOrder("Gateway_InterviewReminderDue", "Gateway_JoinInterviewReminder")
                .hasNotPassed("Event_DayBeforeInterview").isWaitingAt("Event_InterviewHeld").variables()
                .containsEntry("interviewReminderDue", false).containsEntry("interviewReminderAt", null);
        execute(job("Event_InterviewHeld", instance));
        assertThat(instance).isWaitingAt("Task_SubmitScorecard");
        verify(services.outbox(), never()).toCandidate(any(), eq(MessageType.INTERVIEW_REMINDER), anyInt());
    }

    @Test
    void aReminderThatWouldGoOutWithinTheHourIsLeftOut() {
        ProcessInstance instance = atSlotChoice();

        chooseSlot(1, OffsetDateTime.now(ZoneOffset.UTC).plusHours(24).plusMinutes(50).withNano(0));

        assertThat(instance).isWaitingAt("Event_InterviewHeld").variables().containsEntry("interviewReminderDue", false);
    }

    @Test
    void aLaterInterviewRoundHasAReminderOfItsOwn() {
        ProcessInstance instance = atHiringDecision();
        complete(task(instance), Map.of("hiringDecision", "anotherRound"));
        proposeSlots(instance);

        chooseSlot(2, OffsetDateTime.now(ZoneOffset.UTC).plusDays(4).withNano(0));
        execute(job("Event_DayBeforeInterview", instance));

        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_REMINDER, 1);
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_REMINDER, 2);
        assertThat(instance).isWaitingAt("Event_InterviewHeld");
    }

    @Test
    void anotherTimeRequestedBeforeTheReminderGoesBackToTheRecruiterForTheSameRound() {
        ProcessInstance instance = atSlotChoice();
        chooseSlot();
        assertThat(instance).isWaitingAt("Event_DayBeforeInterview");

        requestAnotherTime();

        assertThat(instance).hasPassed("BoundaryEvent_InterviewRescheduleRequested")
                .hasNotPassed("Task_SendInterviewReminder").isWaitingAt("Task_ProposeInterviewSlots")
                .variables().containsEntry(HiringProcess.VAR_INTERVIEW_ROUND, 1);
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).timers().count()).isZero();
        when(services.interviews().announceSchedule(applicationId, 1)).thenReturn(true);

        proposeSlots(instance);
        verify(services.interviews(), times(2)).propose(eq(applicationId), eq(1), anyList(), eq(60),
                eq(List.of("ilse", "ivo")), eq("Room 4.12"));
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_SLOT_PROPOSAL, 2);
        chooseSlot(1, OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).withNano(0));

        assertThat(instance).isWaitingAt("Event_DayBeforeInterview").variables()
                .containsEntry(HiringProcess.VAR_INTERVIEW_ROUND, 1)
                .containsEntry(HiringProcess.VAR_INTERVIEW_UPDATE_NUMBER, 1);
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_INVITATION, 1);
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_UPDATE, 1);
        verify(services.outbox()).toStaff(applicationId, MessageType.INTERVIEW_UPDATE, 1, "ilse");
        verify(services.outbox()).toStaff(applicationId, MessageType.INTERVIEW_UPDATE, 1, "ivo");
    }

    @Test
    void anotherTimeMayBeRequestedAgainWhileTheInterviewIsAwaited() {
        ProcessInstance instance = atInterviewHeld();

        requestAnotherTime();
        assertThat(instance).isWaitingAt("Task_ProposeInterviewSlots");
        when(services.interviews().announceSchedule(applicationId, 1)).thenReturn(true);
        proposeSlots(instance);
        chooseSlot();
        execute(job("Event_DayBeforeInterview", instance));
        requestAnotherTime();
        proposeSlots(instance);
        chooseSlot();

        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_UPDATE, 1);
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_UPDATE, 2);
        assertThat(instance).isWaitingAt("Event_DayBeforeInterview").variables()
                .containsEntry(HiringProcess.VAR_INTERVIEW_ROUND, 1);
    }

    @Test
    void anotherTimeCannotBeRequestedOnceTheInterviewIsOver() {
        ProcessInstance instance = atInterviewHeld();
        execute(job("Event_InterviewHeld", instance));
        assertThat(instance).hasPassed("EndEvent_InterviewOver").isWaitingAt("Task_SubmitScorecard");

        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(this::requestAnotherTime);
        assertThat(instance).isWaitingAt("Task_SubmitScorecard");
    }

    @Test
    void anUnknownInterviewerKeepsTheProposalTaskOpen() {
        ProcessInstance instance = atProposeSlots();
        Map<String, Object> form = slotForm();
        form.put("interviewers", "ilse, nobody");

        assertThatThrownBy(() -> engine.getTaskService().complete(task(instance).getId(), form))
                .hasMessageContaining("Unknown interviewer(s): nobody");
        assertThat(instance).isWaitingAt("Task_ProposeInterviewSlots");
    }

    @Test
    void afterTheInterviewEachInterviewerGetsAScorecard() {
        ProcessInstance instance = atInterviewHeld();

        execute(job("Event_InterviewHeld", instance));

        List<Task> scorecards = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_SubmitScorecard").list();
        org.assertj.core.api.Assertions.assertThat(scorecards).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("ilse", "ivo");
        scorecards.forEach(scorecard -> complete(scorecard, scorecardForm()));
        verify(services.scorecards()).record(eq(applicationId), eq(1), eq("ilse"), argThat(ratings ->
                ratings.size() == 4 && ratings.get("ratingSkills") == 4), eq("Explained the design clearly"));
        assertThat(instance).isWaitingAt("Task_DecideHiring").variables()
                .containsEntry("scorecardCount", 2).containsEntry("scorecardAverage", 3.75);
        assertThat(task(instance)).hasCandidateGroup("hiring-managers");
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.personalRows(engine.getHistoryService(),
                instance.getId(), "Explained the design")).as("evidence and location stay out of history").isEmpty();
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.variableNames(engine.getHistoryService(),
                instance.getId())).contains("ratingSkills", "scorecardAverage", "slot1Start", "interviewers");
    }

    @Test
    void aRatingOutsideOneToFiveIsRefused() {
        ProcessInstance instance = atInterviewHeld();
        execute(job("Event_InterviewHeld", instance));
        Map<String, Object> form = scorecardForm();
        form.put("ratingMotivation", 7);

        Task scorecard = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskAssignee("ilse").singleResult();
        assertThatThrownBy(() -> engine.getTaskService().complete(scorecard.getId(), form))
                .hasMessageContaining("between 1 and 5");
    }

    @Test
    void whenNoSlotIsChosenInTimeTheRecruiterProposesNewOnes() {
        ProcessInstance instance = atSlotChoice();

        execute(job("BoundaryEvent_SlotChoiceDeadline", instance));
        assertThat(instance).isWaitingAt("Task_FollowUpSlotChoice");
        complete(task(instance), Map.of("slotFollowUpDecision", "proposeAgain"));

        assertThat(instance).isWaitingAt("Task_ProposeInterviewSlots");
        proposeSlots(instance);
        verify(services.outbox()).toCandidate(applicationId, MessageType.INTERVIEW_SLOT_PROPOSAL, 2);
    }

    @Test
    void whenNoSlotIsChosenTheRecruiterMayRejectWithAReason() {
        ProcessInstance instance = atSlotChoice();

        execute(job("BoundaryEvent_SlotChoiceDeadline", instance));
        complete(task(instance), Map.of("slotFollowUpDecision", "reject", "rejectionReason", "No reaction"));

        assertThat(instance).hasPassed("Task_SendRejection").isEnded();
    }

    @Test
    void theHiringManagerAsksForAnotherRound() {
        ProcessInstance instance = atHiringDecision();

        complete(task(instance), Map.of("hiringDecision", "anotherRound"));

        assertThat(instance).hasPassed("Task_StartNextInterviewRound").isWaitingAt("Task_ProposeInterviewSlots")
                .variables().containsEntry("interviewRound", 2);
    }

    @Test
    void theHiringManagerRejectsWithAReason() {
        ProcessInstance instance = atHiringDecision();

        complete(task(instance), Map.of("hiringDecision", "reject", "rejectionReason", "Another candidate fits better"));

        assertThat(instance).hasPassed("Task_SendRejection", "EndEvent_CandidateRejected").isEnded();
        verify(services.decisions()).record(argThat(decision -> decision.stage() == DecisionStage.HIRING));
    }

    // ---------------------------------------------------------------- offer

    @Test
    void anOfferWithinTheBandNeedsOnlyTheHiringManager() {
        ProcessInstance instance = atDraftOffer();
        when(services.offers().draft(eq(applicationId), any(), any(), any()))
                .thenReturn(new OfferDraft(UUID.randomUUID(), true, false));
        when(services.offers().current(applicationId)).thenReturn(Optional.of(
                new OfferSummary(new BigDecimal("4250.00"), LocalDate.parse("2027-02-01"), "32 hours")));

        complete(task(instance), offerForm());

        assertThat(instance).isWaitingAt("Task_ApproveOfferByManager").variables()
                .containsEntry("hrApprovalRequired", false).containsEntry("offerApprovalReason", "WITHIN_BAND")
                .doesNotContainKeys("salary", "startDate", "terms", "offerSalary");
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId()))
                .containsEntry("offerSalary", "4250.00").containsEntry("offerStartDate", "2027-02-01");
        complete(task(instance), Map.of("offerApproved", "approve"));
        assertThat(instance).hasPassed("Task_SendOffer").isWaitingAt("Gateway_OfferAnswer");
        verify(services.offers()).send(applicationId);
        verify(services.outbox()).toCandidate(applicationId, MessageType.OFFER, 1);
    }

    @Test
    void anOfferAboveTheBandAlsoNeedsHrAndGoesBackToDraftWhenRejected() {
        ProcessInstance instance = atDraftOffer();
        when(services.decisions().latestRejectionReason(applicationId, DecisionStage.OFFER_APPROVAL))
                .thenReturn(Optional.of("Stay within the band, or explain why not"));
        when(services.offers().draft(eq(applicationId), any(), any(), any()))
                .thenReturn(new OfferDraft(UUID.randomUUID(), true, true));

        complete(task(instance), offerForm());

        assertThat(instance).isWaitingAt("Task_ApproveOfferByManager", "Task_ApproveOfferByHr");
        complete(task("Task_ApproveOfferByManager", instance), Map.of("offerApproved", "approve"));
        complete(task("Task_ApproveOfferByHr", instance), Map.of("offerApproved", "reject",
                "offerApprovalComment", "Stay within the band, or explain why not"));

        assertThat(instance).isWaitingAt("Task_DraftOffer").variables().doesNotContainKey("offerApprovalComment");
        verify(services.decisions()).record(argThat(decision -> decision.stage() == DecisionStage.OFFER_APPROVAL
                && "reject".equals(decision.decision())
                && "Stay within the band, or explain why not".equals(decision.reason())));
        verify(services.offers(), never()).send(any());
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId()))
                .containsEntry("offerApprovalComment", "Stay within the band, or explain why not");
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.personalRows(engine.getHistoryService(),
                instance.getId(), "Stay within the band", "32 hours", "4250"))
                .as("the offer and the approver's comment stay out of history").isEmpty();
        org.assertj.core.api.Assertions.assertThat(EngineHistoryRows.variableNames(engine.getHistoryService(),
                instance.getId())).contains("offerApproved", "hrApprovalRequired", "offerApprovalReason",
                "salaryAboveBand");
    }

    @Test
    void anOfferWithoutAKnownBandNeedsHr() {
        ProcessInstance instance = atDraftOffer();
        when(services.offers().draft(eq(applicationId), any(), any(), any()))
                .thenReturn(new OfferDraft(UUID.randomUUID(), false, false));

        complete(task(instance), offerForm());

        assertThat(instance).isWaitingAt("Task_ApproveOfferByManager", "Task_ApproveOfferByHr");
        complete(task("Task_ApproveOfferByManager", instance), Map.of("offerApproved", "approve"));
        complete(task("Task_ApproveOfferByHr", instance), Map.of("offerApproved", "approve"));
        assertThat(instance).isWaitingAt("Gateway_OfferAnswer");
    }

    @Test
    void anAcceptedOfferHandsTheCandidateOverToOnboarding() {
        ProcessInstance instance = atOfferAnswer();

        correlate("OfferAccepted", Map.of());

        assertThat(instance).hasPassedInOrder("Event_OfferAccepted", "Task_HandOverToOnboarding",
                "EndEvent_CandidateHired").isEnded();
        verify(services.applications()).handOverToOnboarding(applicationId);
        verify(services.applications()).recordProcedureEnded(applicationId, ProcedureOutcome.HIRED);
    }

    @Test
    void aDeclinedOfferEndsTheProcedure() {
        ProcessInstance instance = atOfferAnswer();

        correlate("OfferDeclined", Map.of());

        assertThat(instance).hasPassed("EndEvent_OfferDeclined").isEnded();
        verify(services.applications()).recordProcedureEnded(applicationId, ProcedureOutcome.OFFER_DECLINED);
    }

    @Test
    void anExpiredOfferIsExtendedByTheRecruiter() {
        ProcessInstance instance = atOfferAnswer();

        execute(job("Event_OfferExpired", instance));
        assertThat(instance).isWaitingAt("Task_FollowUpExpiredOffer");
        complete(task(instance), Map.of("offerFollowUpDecision", "extend"));

        assertThat(instance).isWaitingAt("Gateway_OfferAnswer");
        verify(services.outbox()).toCandidate(applicationId, MessageType.OFFER, 2);
    }

    @Test
    void anExpiredOfferIsClosedOnlyByAPersonWithAReason() {
        ProcessInstance instance = atOfferAnswer();
        execute(job("Event_OfferExpired", instance));

        complete(task(instance), Map.of("offerFollowUpDecision", "close", "rejectionReason", "No answer after two weeks"));

        assertThat(instance).hasPassedInOrder("Task_SendOfferClosedNotice", "EndEvent_OfferExpired").isEnded();
        verify(services.outbox()).toCandidate(applicationId, MessageType.OFFER_CLOSED, 1);
        verify(services.applications()).recordProcedureEnded(applicationId, ProcedureOutcome.OFFER_EXPIRED);
        verify(services.decisions()).record(argThat(decision -> decision.stage() == DecisionStage.OFFER_FOLLOW_UP));
    }

    // ---------------------------------------------------------------- withdrawal

    @Test
    void aCandidateMayWithdrawDuringTheScreeningReview() {
        assertWithdrawalEnds(startWith(new ScreeningOutcome(false, false, null)));
    }

    @Test
    void aCandidateMayWithdrawWhileTheAssessmentIsAwaited() {
        assertWithdrawalEnds(atAssessment());
    }

    @Test
    void aCandidateMayWithdrawWhileASlotChoiceIsAwaited() {
        assertWithdrawalEnds(atSlotChoice());
    }

    @Test
    void withdrawingBeforeTheInterviewCancelsItForEveryInterviewer() {
        ProcessInstance instance = atInterviewHeld();
        when(services.interviews().cancelUpcoming(applicationId)).thenReturn(Optional.of(1));

        assertWithdrawalEnds(instance);

        assertThat(instance).hasPassed("Task_CancelUpcomingInterview");
        verify(services.outbox()).toStaff(applicationId, MessageType.INTERVIEW_CANCELLATION, 1, "ilse");
        verify(services.outbox()).toStaff(applicationId, MessageType.INTERVIEW_CANCELLATION, 1, "ivo");
    }

    @Test
    void withdrawingWithoutAnUpcomingInterviewCancelsNothing() {
        assertWithdrawalEnds(atSlotChoice());

        verify(services.interviews()).cancelUpcoming(applicationId);
        verify(services.outbox(), never()).toStaff(any(), eq(MessageType.INTERVIEW_CANCELLATION), anyInt(), any());
    }

    @Test
    void aCandidateMayWithdrawDuringTheHiringDecision() {
        assertWithdrawalEnds(atHiringDecision());
    }

    @Test
    void aCandidateMayWithdrawWhileTheOfferIsOpen() {
        assertWithdrawalEnds(atOfferAnswer());
    }

    private void assertWithdrawalEnds(ProcessInstance instance) {
        correlate("CandidateWithdrew", Map.of());

        assertThat(instance).hasPassed("Task_SendWithdrawalConfirmation", "EndEvent_CandidateWithdrew").isEnded();
        verify(services.outbox()).toCandidate(applicationId, MessageType.WITHDRAWAL_CONFIRMATION, 1);
        verify(services.applications()).recordProcedureEnded(applicationId, ProcedureOutcome.WITHDRAWN);
    }

    // ---------------------------------------------------------------- fixtures

    private ProcessInstance startWith(ScreeningOutcome outcome) {
        when(services.screening().screen(applicationId)).thenReturn(outcome);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HiringProcess.PROCESS_KEY,
                REFERENCE, HiringProcess.startVariables(applicationId, vacancyId));
        assertThat(instance).isWaitingAt("Task_ScreenApplication");
        execute(job("Task_ScreenApplication", instance));
        return instance;
    }

    private ProcessInstance atAssessment() {
        ProcessInstance instance = startWith(new ScreeningOutcome(false, false, 90));
        assertThat(instance).isWaitingAt("Task_WaitForAssessmentResult");
        return instance;
    }

    private ProcessInstance atAssessmentReview() {
        ProcessInstance instance = atAssessment();
        correlate("AssessmentResultReceived", Map.of("assessmentScore", 30));
        assertThat(instance).isWaitingAt("Task_ReviewAssessment");
        return instance;
    }

    private ProcessInstance atProposeSlots() {
        ProcessInstance instance = atAssessment();
        correlate("AssessmentResultReceived", Map.of("assessmentScore", 80));
        assertThat(instance).isWaitingAt("Task_ProposeInterviewSlots");
        return instance;
    }

    private ProcessInstance atSlotChoice() {
        ProcessInstance instance = atProposeSlots();
        proposeSlots(instance);
        return instance;
    }

    private ProcessInstance atInterviewHeld() {
        ProcessInstance instance = atSlotChoice();
        chooseSlot();
        execute(job("Event_DayBeforeInterview", instance));
        assertThat(instance).isWaitingAt("Event_InterviewHeld");
        return instance;
    }

    private ProcessInstance atHiringDecision() {
        ProcessInstance instance = atInterviewHeld();
        execute(job("Event_InterviewHeld", instance));
        engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_SubmitScorecard").list()
                .forEach(scorecard -> complete(scorecard, scorecardForm()));
        assertThat(instance).isWaitingAt("Task_DecideHiring");
        return instance;
    }

    private ProcessInstance atDraftOffer() {
        ProcessInstance instance = atHiringDecision();
        complete(task(instance), Map.of("hiringDecision", "offer"));
        assertThat(instance).isWaitingAt("Task_DraftOffer");
        return instance;
    }

    private ProcessInstance atOfferAnswer() {
        ProcessInstance instance = atDraftOffer();
        when(services.offers().draft(eq(applicationId), any(), any(), any()))
                .thenReturn(new OfferDraft(UUID.randomUUID(), true, false));
        complete(task(instance), offerForm());
        complete(task(instance), Map.of("offerApproved", "approve"));
        assertThat(instance).isWaitingAt("Gateway_OfferAnswer");
        return instance;
    }

    private void proposeSlots(ProcessInstance instance) {
        complete(task(instance), slotForm());
    }

    private void chooseSlot() {
        chooseSlot(1, OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0));
    }

    /** The candidate's choice as the interview module announces it, delivered by the real message correlation. */
    private void chooseSlot(int round, OffsetDateTime start) {
        new HiringProcessMessages(engine.getRuntimeService(), Clock.systemUTC()).on(new InterviewSlotChosen(
                new ApplicationReference(REFERENCE), round, start, start.plusHours(1)));
    }

    /** The candidate's or a recruiter's request as the interview module announces it, by the real correlation. */
    private void requestAnotherTime() {
        new HiringProcessMessages(engine.getRuntimeService(), Clock.systemUTC()).on(new InterviewRescheduleRequested(
                new ApplicationReference(REFERENCE), 1));
    }

    private static Map<String, Object> slotForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("slot1Start", OffsetDateTime.now().plusDays(3).withNano(0).toString());
        form.put("slot2Start", OffsetDateTime.now().plusDays(4).withNano(0).toLocalDateTime().toString());
        form.put("durationMinutes", 60);
        form.put("interviewers", "ilse, ivo");
        form.put("location", "Room 4.12");
        return form;
    }

    private static Map<String, Object> scorecardForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("ratingSkills", 4);
        form.put("ratingExperience", "3");
        form.put("ratingCommunication", 4L);
        form.put("ratingMotivation", 4.0);
        form.put("evidence", "Explained the design clearly");
        return form;
    }

    private static Map<String, Object> offerForm() {
        return Map.of("salary", 4250, "startDate", "2027-02-01", "terms", "32 hours, permanent after one year");
    }

    private void correlate(String message, Map<String, Object> variables) {
        engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(REFERENCE)
                .setVariables(variables).correlate();
    }

}
