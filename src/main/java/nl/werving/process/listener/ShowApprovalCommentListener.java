package nl.werving.process.listener;

import nl.werving.decision.DecisionStage;
import nl.werving.decision.HumanDecisions;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When the recruiter (re)drafts the offer: shows the comment of the approver who last sent it back, on the
 * task only. The comment is kept in the decision records, never as a process variable.
 */
@Component
class ShowApprovalCommentListener implements TaskListener {

    private final HumanDecisions decisions;

    ShowApprovalCommentListener(HumanDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.latestRejectionReason(ProcessVariables.applicationId(task), DecisionStage.OFFER_APPROVAL)
                .ifPresent(comment -> task.setVariableLocal(HiringProcess.VAR_OFFER_APPROVAL_COMMENT, comment));
    }
}
