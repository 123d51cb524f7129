package nl.werving.process;

import java.util.Comparator;
import java.util.Optional;
import nl.werving.application.ApplicationReference;
import nl.werving.candidate.ApplicationProgress;
import nl.werving.candidate.CandidateStage;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The candidate's stage from where the application's {@code HiringProcess} waits: each wait state of the model maps
 * to a stage ({@link HiringProcessStages#CANDIDATE}); of several active ones (a reminder timer beside a task) the
 * furthest counts. A process that waits nowhere known (between two steps) is still being received or screened.
 */
@Component
class EngineApplicationProgress implements ApplicationProgress {

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
        return Optional.of(runtimeService.getActiveActivityIds(instance.getId()).stream()
                .flatMap(activity -> HiringProcessStages.candidateStage(activity).stream())
                .max(Comparator.naturalOrder()).orElse(CandidateStage.SCREENING));
    }
}
