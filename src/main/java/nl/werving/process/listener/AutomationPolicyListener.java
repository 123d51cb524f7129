package nl.werving.process.listener;

import nl.werving.process.AutomationPolicy;
import nl.werving.process.HiringProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Before each automated decision: tells the decision table whether automation may recommend at all. */
@Component
class AutomationPolicyListener implements ExecutionListener {

    private final AutomationPolicy policy;

    AutomationPolicyListener(AutomationPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(HiringProcess.VAR_AUTOMATION_ALLOWED, policy.allows(execution));
    }
}
