package nl.werving.process.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.HiringStage;
import nl.werving.application.HiringStages;
import nl.werving.process.HiringProcess;
import nl.werving.process.HiringProcessStages;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A running hiring process's stage is that of its most recently started unfinished activity that marks one
 * ({@link HiringProcessStages#PIPELINE}), and it has been in that stage since the earliest start of its unfinished
 * activities of that stage. Reads no variables but the vacancy id.
 */
@Component
class EngineHiringStages implements HiringStages {

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
        return unfinished.stream().filter(activity -> stageOf(activity).isPresent())
                .max(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .flatMap(EngineHiringStages::stageOf)
                .map(stage -> new StageSince(stage, earliest(unfinished.stream()
                        .filter(activity -> stageOf(activity).orElse(null) == stage).toList())));
    }

    private static Optional<HiringStage> stageOf(HistoricActivityInstance activity) {
        return HiringProcessStages.pipelineStage(activity.getActivityId());
    }

    private Instant earliest(List<HistoricActivityInstance> activities) {
        return activities.stream().map(HistoricActivityInstance::getStartTime).min(Comparator.naturalOrder())
                .map(Date::toInstant).orElseGet(clock::instant);
    }
}
