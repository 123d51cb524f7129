package nl.werving.process.listener;

import java.util.List;
import nl.werving.interview.InterviewPlanning;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Expression bean {@code interviewPlan}: the interviewers of the current round, one scorecard task each.
 * Read from the interview module rather than kept as a process variable.
 */
@Component
public class InterviewPlan {

    private final InterviewPlanning planning;

    InterviewPlan(InterviewPlanning planning) {
        this.planning = planning;
    }

    public List<String> interviewers(DelegateExecution execution) {
        return planning.interviewers(ProcessVariables.applicationId(execution), ProcessVariables.interviewRound(execution));
    }
}
