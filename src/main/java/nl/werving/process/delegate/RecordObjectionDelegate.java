package nl.werving.process.delegate;

import nl.werving.process.HiringProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Routes every later recommendation for this application to a person, after the candidate objected to automated processing. */
@Component
class RecordObjectionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessInstance().setVariable(HiringProcess.VAR_CANDIDATE_OBJECTED, true);
    }
}
