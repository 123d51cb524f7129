package nl.werving.process.listener;

import java.time.Clock;
import nl.werving.decision.HumanDecision;
import nl.werving.decision.HumanDecisions;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * When a person completes a decision task: records who decided what, against which recommendation, and why,
 * in Werving's decision records. A negative decision without a written reason is refused, so the task stays
 * open. The reason itself stays task-local in the process and is kept only in the decision record.
 */
@Component
class RecordHumanDecisionListener implements TaskListener {

    private final HumanDecisions decisions;
    private final IdentityService identityService;
    private final Clock clock;

    RecordHumanDecisionListener(HumanDecisions decisions, IdentityService identityService, Clock clock) {
        this.decisions = decisions;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        HumanDecisionTask spec = HumanDecisionTask.of(task.getTaskDefinitionKey()).orElseThrow(() ->
                new ProcessEngineException("No decision record is defined for task " + task.getTaskDefinitionKey()));
        Object decision = task.getVariable(spec.decisionVariable());
        if (decision == null) {
            throw new ProcessEngineException("Choose a decision before completing the task.");
        }
        String reason = (String) task.getVariable(spec.reasonVariable());
        if (spec.isNegative(decision.toString()) && (reason == null || reason.isBlank())) {
            throw new ProcessEngineException("A rejection needs a written reason: fill in the reason before completing.");
        }
        String recommendation = spec.recommendationVariable() == null
                ? null : (String) task.getVariable(spec.recommendationVariable());
        decisions.record(new HumanDecision(ProcessVariables.applicationId(task), spec.stage(),
                ProcessVariables.interviewRound(task), recommendation, decision.toString(),
                reason == null || reason.isBlank() ? null : reason.strip(), decidedBy(task), clock.instant()));
    }

    private String decidedBy(DelegateTask task) {
        Authentication current = identityService.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "unknown";
    }
}
