package nl.werving.process.identity;

import java.util.Collection;
import nl.werving.screening.ReviewerTasks;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Asks the engine whether a person has an open task for an application, assigned to them or to one of their groups. */
@Component
class EngineReviewerTasks implements ReviewerTasks {

    private final TaskService tasks;

    EngineReviewerTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean hasOpenTask(String reference, String userId, Collection<String> groups) {
        if (tasks.createTaskQuery().processInstanceBusinessKey(reference).taskAssignee(userId).count() > 0) {
            return true;
        }
        return !groups.isEmpty() && tasks.createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroupIn(groups.stream().toList()).includeAssignedTasks().count() > 0;
    }
}
