package nl.werving.process.delegate;

import nl.werving.datarequest.DataRequests;
import nl.werving.process.DataSubjectRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks a data request overdue when its due date passed before the DPO finished it. */
@Component
class MarkDataRequestOverdueDelegate implements JavaDelegate {

    private final DataRequests requests;

    MarkDataRequestOverdueDelegate(DataRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.markOverdue(DataSubjectRequest.requestId(execution));
    }
}
