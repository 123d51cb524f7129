package nl.werving.process.delegate;

import nl.werving.application.ApplicationReference;
import nl.werving.process.ApplicantDataRequests;
import nl.werving.process.DecisionReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Lets the retention clock run on once the review is answered, when this review stopped it and the DPO has not
 * taken the hold over.
 */
@Component
class ReleaseDataAfterReviewDelegate implements JavaDelegate {

    private final ApplicantDataRequests requests;

    ReleaseDataAfterReviewDelegate(ApplicantDataRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(DecisionReviewProcess.VAR_HOLD_PLACED))) {
            requests.releaseReviewHold(new ApplicationReference(execution.getProcessBusinessKey()));
        }
    }
}
