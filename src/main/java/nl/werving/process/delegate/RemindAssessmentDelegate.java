package nl.werving.process.delegate;

import nl.werving.assessment.AssessmentInvitations;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the candidate to complete the assessment. */
@Component
class RemindAssessmentDelegate implements JavaDelegate {

    private final AssessmentInvitations invitations;

    RemindAssessmentDelegate(AssessmentInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.remind(ProcessVariables.applicationId(execution));
    }
}
