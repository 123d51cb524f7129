package nl.werving.process.delegate;

import nl.werving.datarequest.DataRequests;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.DataSubjectRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the candidate that their request to correct their data was handled. */
@Component
class ConfirmRectificationDelegate implements JavaDelegate {

    private final DataRequests requests;
    private final Outbox outbox;

    ConfirmRectificationDelegate(DataRequests requests, Outbox outbox) {
        this.requests = requests;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = requests.find(DataSubjectRequest.requestId(execution)).number();
        outbox.toCandidate(DataSubjectRequest.applicationId(execution), MessageType.DATA_REQUEST_COMPLETED, number);
    }
}
