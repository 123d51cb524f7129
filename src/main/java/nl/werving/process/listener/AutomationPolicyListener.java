package nl.werving.process.listener;

import nl.werving.automation.AutomationSwitches;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before each automated decision: automation may only recommend advancing when the candidate has not
 * objected and neither the vacancy's nor the global kill switch is off.
 */
@Component
class AutomationPolicyListener implements ExecutionListener {

    private final AutomationSwitches switches;

    AutomationPolicyListener(AutomationSwitches switches) {
        this.switches = switches;
    }

    @Override
    public void notify(DelegateExecution execution) {
        boolean allowed = !ProcessVariables.isTrue(execution, HiringProcess.VAR_CANDIDATE_OBJECTED)
                && !ProcessVariables.isTrue(execution, HiringProcess.VAR_AUTOMATION_SWITCHED_OFF)
                && switches.isAutomationOn(ProcessVariables.vacancyId(execution));
        execution.setVariable(HiringProcess.VAR_AUTOMATION_ALLOWED, allowed);
    }
}
