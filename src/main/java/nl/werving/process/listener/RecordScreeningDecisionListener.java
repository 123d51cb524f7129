package nl.werving.process.listener;

import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import nl.werving.screening.ScreeningResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Right after the screening decision table (on the gateway that reads its recommendation): stores its version,
 * recommendation and reason with the screening result, so the result says which rule version turned it into which
 * recommendation. An application that was not screened (after an objection, or with automation off) has no result
 * to store them with.
 */
@Component
class RecordScreeningDecisionListener implements ExecutionListener {

    static final String DECISION_KEY = "ScreeningDecision";

    private final ScreeningResults results;

    RecordScreeningDecisionListener(ScreeningResults results) {
        this.results = results;
    }

    @Override
    public void notify(DelegateExecution execution) {
        var applicationId = ProcessVariables.applicationId(execution);
        Object version = execution.getVariable(HiringProcess.decisionVersionVariable(DECISION_KEY));
        results.attachDecision(applicationId, DECISION_KEY, ((Number) version).intValue(),
                (String) execution.getVariable("screeningRecommendation"), (String) execution.getVariable("screeningReason"));
    }
}
