package nl.werving.process.delegate;

import nl.werving.application.ApplicationReference;
import nl.werving.process.ApplicantDataRequests;
import nl.werving.process.DecisionReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stops the application's retention clock while the review is pending (when it runs), so that the data the review
 * is about is not erased before the answer; notes whether it did.
 */
@Component
class HoldDataForReviewDelegate implements JavaDelegate {

    private final ApplicantDataRequests requests;

    HoldDataForReviewDelegate(ApplicantDataRequests requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean held = requests.holdForReview(new ApplicationReference(execution.getProcessBusinessKey()));
        execution.setVariable(DecisionReviewProcess.VAR_HOLD_PLACED, held);
    }
}
