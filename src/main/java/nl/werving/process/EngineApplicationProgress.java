package nl.werving.process;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.werving.application.ApplicationReference;
import nl.werving.candidate.ApplicationProgress;
import nl.werving.candidate.CandidateStage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The candidate's stage from where the application's {@code HiringProcess} waits: each wait state of the model maps
 * to a stage; of several active ones (a reminder timer beside a task) the furthest counts. A process that waits
 * nowhere known (between two steps) is still being received or screened.
 */
@Component
class EngineApplicationProgress implements ApplicationProgress {

    static final Map<String, CandidateStage> STAGES = Map.ofEntries(
            Map.entry("Task_SendConfirmation", CandidateStage.RECEIVED),
            Map.entry("Task_ScreenApplication", CandidateStage.SCREENING),
            Map.entry(HiringProcess.TASK_REVIEW_SCREENING, CandidateStage.SCREENING_REVIEW),
            Map.entry("Task_InviteToAssessment", CandidateStage.ASSESSMENT),
            Map.entry("Task_WaitForAssessmentResult", CandidateStage.ASSESSMENT),
            Map.entry(HiringProcess.TASK_REVIEW_ASSESSMENT, CandidateStage.ASSESSMENT),
            Map.entry("Task_ProposeInterviewSlots", CandidateStage.INTERVIEW_PLANNING),
            Map.entry("Task_WaitForSlotChoice", CandidateStage.CHOOSING_SLOT),
            Map.entry(HiringProcess.TASK_FOLLOW_UP_SLOT_CHOICE, CandidateStage.CHOOSING_SLOT),
            Map.entry("Event_DayBeforeInterview", CandidateStage.INTERVIEW_PLANNED),
            Map.entry("Event_InterviewHeld", CandidateStage.INTERVIEW_PLANNED),
            Map.entry("Task_SubmitScorecard", CandidateStage.HIRING_DECISION),
            Map.entry(HiringProcess.TASK_DECIDE_HIRING, CandidateStage.HIRING_DECISION),
            Map.entry("Task_DraftOffer", CandidateStage.OFFER_PREPARATION),
            Map.entry(HiringProcess.TASK_APPROVE_OFFER_BY_MANAGER, CandidateStage.OFFER_PREPARATION),
            Map.entry(HiringProcess.TASK_APPROVE_OFFER_BY_HR, CandidateStage.OFFER_PREPARATION),
            Map.entry("Gateway_OfferAnswer", CandidateStage.OFFER),
            Map.entry(HiringProcess.TASK_FOLLOW_UP_EXPIRED_OFFER, CandidateStage.OFFER));

    private final RuntimeService runtimeService;

    EngineApplicationProgress(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @Override
    public Optional<CandidateStage> runningStage(ApplicationReference reference) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY).processInstanceBusinessKey(reference.value())
                .active().list().stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        return Optional.of(runtimeService.getActiveActivityIds(instance.getId()).stream().map(STAGES::get)
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(CandidateStage.SCREENING));
    }
}
