package nl.werving.process.delegate;

import nl.werving.application.Applications;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Announces the hire so onboarding can take over. */
@Component
class HandOverToOnboardingDelegate implements JavaDelegate {

    private final Applications applications;

    HandOverToOnboardingDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.handOverToOnboarding(ProcessVariables.applicationId(execution));
    }
}
