package nl.werving.process.delegate;

import nl.werving.assessment.AssessmentInvitations;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Invites the candidate to the external assessment; the result arrives later as a message. */
@Component
class InviteToAssessmentDelegate implements JavaDelegate {

    private final AssessmentInvitations invitations;

    InviteToAssessmentDelegate(AssessmentInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.invite(ProcessVariables.applicationId(execution));
        execution.setVariable(HiringProcess.VAR_ASSESSMENT_SCORE, null);
    }
}
