package nl.werving.process.delegate;

import java.util.UUID;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.offer.Offers;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the approved offer as sent and queues the offer mail (again, when the recruiter extends it). */
@Component
class SendOfferDelegate implements JavaDelegate {

    private final Offers offers;
    private final Outbox outbox;

    SendOfferDelegate(Offers offers, Outbox outbox) {
        this.offers = offers;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID applicationId = ProcessVariables.applicationId(execution);
        offers.send(applicationId);
        outbox.toCandidate(applicationId, MessageType.OFFER, ProcessVariables.next(execution, HiringProcess.VAR_OFFER_NUMBER));
    }
}
