package nl.werving.process.delegate;

import nl.werving.datarequest.DataRequests;
import nl.werving.process.DataSubjectRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that a data request was answered, with the moment: every path of the process ends here. */
@Component
class RecordDataRequestCompletedDelegate implements JavaDelegate {

    private final DataRequests requests;

    RecordDataRequestCompletedDelegate(DataRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.complete(DataSubjectRequest.requestId(execution));
    }
}
