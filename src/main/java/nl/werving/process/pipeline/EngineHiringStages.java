package nl.werving.process.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.HiringStage;
import nl.werving.application.HiringStages;
import nl.werving.process.HiringProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A running hiring process's stage is that of its most recently started unfinished activity, and it has been in
 * that stage since the earliest start of its unfinished activities of that stage. Reads no variables but the
 * vacancy id.
 */
@Component
class EngineHiringStages implements HiringStages {

    /** The activities of HiringProcess.bpmn that mark a stage; others (event sub-processes, escalations) do not. */
    static final Map<String, HiringStage> STAGES = Map.ofEntries(
            Map.entry("Task_SendConfirmation", HiringStage.SCREENING),
            Map.entry("Task_ScreenApplication", HiringStage.SCREENING),
            Map.entry("Task_ReviewScreening", HiringStage.SCREENING_REVIEW),
            Map.entry("Task_InviteToAssessment", HiringStage.ASSESSMENT),
            Map.entry("Task_WaitForAssessmentResult", HiringStage.ASSESSMENT),
            Map.entry("Task_RemindAssessment", HiringStage.ASSESSMENT),
            Map.entry("Task_ReviewAssessment", HiringStage.ASSESSMENT),
            Map.entry("Task_ProposeInterviewSlots", HiringStage.INTERVIEW_PLANNING),
            Map.entry("Task_SendSlotProposal", HiringStage.INTERVIEW_PLANNING),
            Map.entry("Task_WaitForSlotChoice", HiringStage.INTERVIEW_PLANNING),
            Map.entry("Task_FollowUpSlotChoice", HiringStage.INTERVIEW_PLANNING),
            Map.entry("Task_SendInterviewInvitations", HiringStage.INTERVIEW_PLANNING),
            Map.entry("SubProcess_InterviewScheduled", HiringStage.INTERVIEW),
            Map.entry("Event_DayBeforeInterview", HiringStage.INTERVIEW),
            Map.entry("Task_SendInterviewReminder", HiringStage.INTERVIEW),
            Map.entry("Event_InterviewHeld", HiringStage.INTERVIEW),
            Map.entry("Task_SubmitScorecard", HiringStage.INTERVIEW),
            Map.entry("Task_DecideHiring", HiringStage.HIRING_DECISION),
            Map.entry("Task_StartNextInterviewRound", HiringStage.INTERVIEW_PLANNING),
            Map.entry("Task_DraftOffer", HiringStage.OFFER),
            Map.entry("Task_ApproveOfferByManager", HiringStage.OFFER),
            Map.entry("Task_ApproveOfferByHr", HiringStage.OFFER),
            Map.entry("Task_SendOffer", HiringStage.OFFER),
            Map.entry("Gateway_OfferAnswer", HiringStage.OFFER),
            Map.entry("Task_FollowUpExpiredOffer", HiringStage.OFFER));

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Clock clock;

    EngineHiringStages(RuntimeService runtimeService, HistoryService historyService, Clock clock) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.clock = clock;
    }

    @Override
    public List<StageSince> running(UUID vacancyId) {
        List<StageSince> stages = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY)
                .variableValueEquals(HiringProcess.VAR_VACANCY_ID, vacancyId.toString()).list()) {
            List<HistoricActivityInstance> unfinished = historyService.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).unfinished().list();
            stages.add(stage(unfinished).orElseGet(() -> new StageSince(HiringStage.OTHER, earliest(unfinished))));
        }
        return stages;
    }

    private Optional<StageSince> stage(List<HistoricActivityInstance> unfinished) {
        return unfinished.stream().filter(activity -> STAGES.containsKey(activity.getActivityId()))
                .max(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(latest -> STAGES.get(latest.getActivityId()))
                .map(stage -> new StageSince(stage, earliest(unfinished.stream()
                        .filter(activity -> STAGES.get(activity.getActivityId()) == stage).toList())));
    }

    private Instant earliest(List<HistoricActivityInstance> activities) {
        return activities.stream().map(HistoricActivityInstance::getStartTime).min(Comparator.naturalOrder())
                .map(Date::toInstant).orElseGet(clock::instant);
    }
}
