package nl.werving.process;

import nl.werving.automation.AutomationSwitches;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Whether automation may work on an application right now: not after the candidate objected to automated
 * processing (GDPR Art. 21/22), and not while the vacancy's or the global kill switch is off (AI Act Art. 14).
 */
@Component
public class AutomationPolicy {

    private final AutomationSwitches switches;

    AutomationPolicy(AutomationSwitches switches) {
        this.switches = switches;
    }

    public boolean allows(VariableScope application) {
        return !ProcessVariables.isTrue(application, HiringProcess.VAR_CANDIDATE_OBJECTED)
                && !ProcessVariables.isTrue(application, HiringProcess.VAR_AUTOMATION_SWITCHED_OFF)
                && switches.isAutomationOn(ProcessVariables.vacancyId(application));
    }
}
