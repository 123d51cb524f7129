package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the rejection mail; the mail carries the reason the reviewer recorded. */
@Component
class SendRejectionDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendRejectionDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.REJECTION, 1);
    }
}
