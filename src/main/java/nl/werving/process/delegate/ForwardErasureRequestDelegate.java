package nl.werving.process.delegate;

import nl.werving.datarequest.DataRequests;
import nl.werving.process.DataSubjectRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands an erasure request (Art. 17) to the applicant-data lifecycle, which erases unless a legal hold stands in
 * the way: publishes {@code ErasureRequested}, which that process receives as its message of the same name.
 */
@Component
class ForwardErasureRequestDelegate implements JavaDelegate {

    private final DataRequests requests;

    ForwardErasureRequestDelegate(DataRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.forwardErasure(DataSubjectRequest.requestId(execution));
    }
}
