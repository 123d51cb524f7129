package nl.werving.process.delegate;

import nl.werving.process.HiringProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Routes every later recommendation for this application to a person, after the automation kill switch was used. */
@Component
class RecordAutomationSwitchedOffDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(HiringProcess.VAR_AUTOMATION_SWITCHED_OFF, true);
    }
}
