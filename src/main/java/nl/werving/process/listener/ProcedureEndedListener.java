package nl.werving.process.listener;

import nl.werving.application.Applications;
import nl.werving.application.ProcedureOutcome;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At every end of the procedure: records the outcome, which starts the applicant's retention clock. */
@Component
class ProcedureEndedListener implements ExecutionListener {

    private final Applications applications;

    ProcedureEndedListener(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ProcedureOutcome outcome = HiringProcess.OUTCOME_BY_END_EVENT.get(execution.getCurrentActivityId());
        if (outcome == null) {
            throw new ProcessEngineException("End event " + execution.getCurrentActivityId() + " has no procedure outcome");
        }
        applications.recordProcedureEnded(ProcessVariables.applicationId(execution), outcome);
    }
}
