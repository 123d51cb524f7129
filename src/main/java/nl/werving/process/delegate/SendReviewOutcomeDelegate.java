package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.DecisionReviewProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the candidate the outcome of the review they asked for, numbered by the application's review. */
@Component
class SendReviewOutcomeDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendReviewOutcomeDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(DecisionReviewProcess.applicationId(execution), MessageType.DECISION_REVIEW_OUTCOME,
                DecisionReviewProcess.reviewNumber(execution));
    }
}
