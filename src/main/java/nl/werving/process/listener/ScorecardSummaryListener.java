package nl.werving.process.listener;

import nl.werving.interview.ScorecardSummary;
import nl.werving.interview.Scorecards;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When the hiring decision task opens: puts the number of scorecards and their average where the form shows them. */
@Component
class ScorecardSummaryListener implements TaskListener {

    private final Scorecards scorecards;

    ScorecardSummaryListener(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @Override
    public void notify(DelegateTask task) {
        ScorecardSummary summary = scorecards.summary(ProcessVariables.applicationId(task),
                ProcessVariables.interviewRound(task));
        task.getExecution().setVariable(HiringProcess.VAR_SCORECARD_COUNT, summary.count());
        task.getExecution().setVariable(HiringProcess.VAR_SCORECARD_AVERAGE, summary.average());
    }
}
