package nl.werving.process.delegate;

import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import nl.werving.screening.ApplicationScreening;
import nl.werving.screening.ScreeningOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Screens the application and keeps only the non-personal features the screening decision needs. */
@Component
class ScreenApplicationDelegate implements JavaDelegate {

    private final ApplicationScreening screening;

    ScreenApplicationDelegate(ApplicationScreening screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScreeningOutcome outcome = screening.screen(ProcessVariables.applicationId(execution));
        execution.setVariable(HiringProcess.VAR_KNOCKOUT_FAILED, outcome.knockoutFailed());
        execution.setVariable(HiringProcess.VAR_MUST_HAVE_MISSING, outcome.mustHaveMissing());
        execution.setVariable(HiringProcess.VAR_SCREENING_SCORE, outcome.score());
    }
}
