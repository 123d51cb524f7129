package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Routes every later recommendation for this application to a person, after the candidate objected to automated
 * processing, and queues the confirmation to the candidate (once, however often they object).
 */
@Component
class RecordObjectionDelegate implements JavaDelegate {

    private final Outbox outbox;

    RecordObjectionDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(HiringProcess.VAR_CANDIDATE_OBJECTED, true);
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.OBJECTION_CONFIRMATION, 1);
    }
}
