package nl.werving.notification;

import nl.werving.candidate.DataRequestConfirmationAsked;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the confirmation mail when a candidate asks for a data request on the status page, in the asking
 * transaction. The mail carries a fresh single-use link, made when it is sent, to the address on record.
 */
@Component
class DataRequestConfirmationMails {

    private final Outbox outbox;

    DataRequestConfirmationMails(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(DataRequestConfirmationAsked asked) {
        outbox.toCandidate(asked.applicationId(), MessageType.DATA_REQUEST_CONFIRMATION, asked.round());
    }
}
