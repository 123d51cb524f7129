package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.DecisionReviewProcess;
import nl.werving.security.WervingGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the team leads that a review the candidate asked for is due within a week. It never decides. */
@Component
class RemindReviewersDelegate implements JavaDelegate {

    private final Outbox outbox;

    RemindReviewersDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toStaff(DecisionReviewProcess.applicationId(execution), MessageType.DECISION_REVIEW_DUE_SOON,
                DecisionReviewProcess.reviewNumber(execution), WervingGroups.TEAM_LEADS);
    }
}
