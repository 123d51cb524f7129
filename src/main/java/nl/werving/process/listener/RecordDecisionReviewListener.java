package nl.werving.process.listener;

import nl.werving.decision.DecisionReviewRefusedException;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.ReviewOutcome;
import nl.werving.process.DecisionReviewProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * When the reviewer completes the review of a contested decision: records the outcome and its reason with
 * {@link DecisionReviews#decide} (which also logs it as a human decision). The person who took the contested
 * decision, an upheld decision without a reason, or no outcome at all is refused, and the task stays open. The reason
 * stays task-local; only the outcome reaches the process, for its gateway.
 */
@Component
class RecordDecisionReviewListener implements TaskListener {

    private final DecisionReviews reviews;
    private final IdentityService identityService;

    RecordDecisionReviewListener(DecisionReviews reviews, IdentityService identityService) {
        this.reviews = reviews;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome outcome = outcome(task.getVariable(DecisionReviewProcess.VAR_OUTCOME));
        try {
            reviews.decide(DecisionReviewProcess.reviewId(task), outcome,
                    FormValues.text(task.getVariable(DecisionReviewProcess.LOCAL_REASON)), reviewer(task));
        } catch (DecisionReviewRefusedException refused) {
            throw new ProcessEngineException(refused.getMessage() + ".");
        }
        task.getExecution().setVariable(DecisionReviewProcess.VAR_OUTCOME, outcome.name());
    }

    private static ReviewOutcome outcome(Object value) {
        String text = FormValues.text(value);
        for (ReviewOutcome outcome : ReviewOutcome.values()) {
            if (outcome.name().equals(text)) {
                return outcome;
            }
        }
        throw new ProcessEngineException("Choose whether the decision stands or is reversed before completing.");
    }

    private String reviewer(DelegateTask task) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "unknown";
    }
}
