package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the confirmation that the application was received. */
@Component
class SendConfirmationDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendConfirmationDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.APPLICATION_RECEIVED, 1);
    }
}
