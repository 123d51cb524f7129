package nl.werving.process.delegate;

import java.util.UUID;
import nl.werving.notification.Outbox;
import nl.werving.process.MailDeliveryFollowUp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts a message that failed for good back into the outbox, once the recruiter says the cause is fixed. A message
 * that is not FAILED (or unknown) makes {@link Outbox#retryFailed} throw, so the task stays open with that message.
 */
@Component
class QueueMailAgainDelegate implements JavaDelegate {

    private final Outbox outbox;

    QueueMailAgainDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.retryFailed(UUID.fromString((String) execution.getVariable(MailDeliveryFollowUp.VAR_MESSAGE_ID)));
    }
}
