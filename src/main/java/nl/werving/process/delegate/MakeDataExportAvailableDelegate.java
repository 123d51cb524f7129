package nl.werving.process.delegate;

import nl.werving.datarequest.DataRequests;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.DataSubjectRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Makes the candidate's data export available: queues the mail with the single-use download link. The export is
 * built when the candidate downloads it, from the data as it is then, and is never stored.
 */
@Component
class MakeDataExportAvailableDelegate implements JavaDelegate {

    private final DataRequests requests;
    private final Outbox outbox;

    MakeDataExportAvailableDelegate(DataRequests requests, Outbox outbox) {
        this.requests = requests;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = requests.find(DataSubjectRequest.requestId(execution)).number();
        outbox.toCandidate(DataSubjectRequest.applicationId(execution), MessageType.DATA_EXPORT_READY, number);
    }
}
