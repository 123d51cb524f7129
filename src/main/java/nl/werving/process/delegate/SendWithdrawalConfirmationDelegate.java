package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the confirmation that the candidate's withdrawal was received. */
@Component
class SendWithdrawalConfirmationDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendWithdrawalConfirmationDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.WITHDRAWAL_CONFIRMATION, 1);
    }
}
