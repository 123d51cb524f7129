package nl.werving.process.delegate;

import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the interview round up when the hiring manager asks for another round. */
@Component
class StartNextInterviewRoundDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(HiringProcess.VAR_INTERVIEW_ROUND, ProcessVariables.interviewRound(execution) + 1);
    }
}
