package nl.werving.process.delegate;

import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Looks up whether the candidate's talent-pool consent is in force, as input for the retention decision. */
@Component
class CheckTalentPoolConsentDelegate implements JavaDelegate {

    private final Consents consents;

    CheckTalentPoolConsentDelegate(Consents consents) {
        this.consents = consents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean inForce = consents.inForce(ProcessVariables.applicationId(execution), ConsentPurpose.TALENT_POOL)
                .isPresent();
        execution.setVariable(ApplicantDataLifecycle.VAR_TALENT_POOL_CONSENT, inForce);
    }
}
