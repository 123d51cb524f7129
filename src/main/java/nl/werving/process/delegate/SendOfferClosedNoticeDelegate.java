package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the mail that tells the candidate their unanswered offer was closed; it carries the recruiter's reason. */
@Component
class SendOfferClosedNoticeDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendOfferClosedNoticeDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.OFFER_CLOSED, 1);
    }
}
