package nl.werving.process.delegate;

import nl.werving.process.AutomationPolicy;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import nl.werving.screening.ApplicationScreening;
import nl.werving.screening.ScreeningFailedException;
import nl.werving.screening.ScreeningOutcome;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Screens the application and keeps only the non-personal features the screening decision needs. When the
 * candidate objected to automated processing or automation is switched off, the CV is not screened at all; when
 * screening cannot be done, the application continues unscored. Either way a recruiter looks at it.
 */
@Component
class ScreenApplicationDelegate implements JavaDelegate {

    static final String SCREENING_FAILED = "SCREENING_FAILED";

    private final ApplicationScreening screening;
    private final AutomationPolicy policy;

    ScreenApplicationDelegate(ApplicationScreening screening, AutomationPolicy policy) {
        this.screening = screening;
        this.policy = policy;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!policy.allows(execution)) {
            keep(execution, ScreeningOutcome.notScored());
            return;
        }
        ScreeningOutcome outcome;
        try {
            outcome = screening.screen(ProcessVariables.applicationId(execution));
        } catch (ScreeningFailedException failed) {
            keep(execution, failed.outcome());
            throw new BpmnError(SCREENING_FAILED, "Screening could not be done; a recruiter reviews unscored");
        }
        keep(execution, outcome);
    }

    private static void keep(DelegateExecution execution, ScreeningOutcome outcome) {
        execution.setVariable(HiringProcess.VAR_KNOCKOUT_FAILED, outcome.knockoutFailed());
        execution.setVariable(HiringProcess.VAR_MUST_HAVE_MISSING, outcome.mustHaveMissing());
        execution.setVariable(HiringProcess.VAR_SCREENING_SCORE, outcome.score());
    }
}
