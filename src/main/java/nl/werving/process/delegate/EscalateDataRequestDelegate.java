package nl.werving.process.delegate;

import nl.werving.datarequest.DataRequests;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.DataSubjectRequest;
import nl.werving.security.WervingGroups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Warns the DPO a week before a data request is due: makes the DPO group candidate of the request's open tasks,
 * raises their priority, and mails the group. Used both on the DPO's own task and on automatic handling that has
 * not finished (an incident). The mail is numbered by the request, so it goes out once.
 */
@Component
class EscalateDataRequestDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 80;

    private final TaskService taskService;
    private final DataRequests requests;
    private final Outbox outbox;

    EscalateDataRequestDelegate(TaskService taskService, DataRequests requests, Outbox outbox) {
        this.taskService = taskService;
        this.requests = requests;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().forEach(task -> {
            taskService.addCandidateGroup(task.getId(), WervingGroups.DPO);
            taskService.setPriority(task.getId(), ESCALATED_PRIORITY);
        });
        int number = requests.find(DataSubjectRequest.requestId(execution)).number();
        outbox.toStaff(DataSubjectRequest.applicationId(execution), MessageType.DATA_REQUEST_DUE_SOON, number,
                WervingGroups.DPO);
    }
}
