package nl.werving.process.delegate;

import java.util.UUID;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import nl.werving.security.WervingGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Makes an overdue review visible to the team leads (they become candidates for the task) and notifies them.
 * It never completes the review: only a person decides.
 */
@Component
class EscalateOverdueReviewDelegate implements JavaDelegate {

    private final TaskService taskService;
    private final Outbox outbox;

    EscalateOverdueReviewDelegate(TaskService taskService, Outbox outbox) {
        this.taskService = taskService;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKeyIn(HiringProcess.TASK_REVIEW_SCREENING, HiringProcess.TASK_REVIEW_ASSESSMENT)
                .list()
                .forEach(task -> taskService.addCandidateGroup(task.getId(), WervingGroups.TEAM_LEADS));
        UUID applicationId = ProcessVariables.applicationId(execution);
        outbox.toStaff(applicationId, MessageType.REVIEW_OVERDUE,
                ProcessVariables.next(execution, HiringProcess.VAR_ESCALATION_NUMBER), WervingGroups.TEAM_LEADS);
    }
}
