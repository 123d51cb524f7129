package nl.werving.process;

import nl.werving.application.ApplicationReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Passes a stored assessment result on to the application's hiring process, as message
 * {@value HiringProcess#MESSAGE_ASSESSMENT_RESULT_RECEIVED}; the process evaluates it in the caller's transaction.
 * A hiring process that has not reached its assessment stage yet (or is suspended there) cannot take it: that
 * throws, so the caller's job is tried again. One that has left the stage no longer needs it.
 */
@Component
public class AssessmentResultHandOver {

    /** What became of the result. */
    public enum Outcome {
        /** The hiring process took the result and went on. */
        DELIVERED,
        /** The hiring process had left its assessment stage (deadline passed, withdrawn, ended); nothing changed. */
        STAGE_OVER
    }

    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    public AssessmentResultHandOver(RuntimeService runtimeService, HistoryService historyService) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    /**
     * @param score the judged score, or null when the assessment was not completed
     * @throws AssessmentResultNotDeliverableException when the hiring process does not wait for the result yet
     */
    public Outcome deliver(ApplicationReference reference, Integer score) {
        boolean delivered = !runtimeService.createMessageCorrelation(HiringProcess.MESSAGE_ASSESSMENT_RESULT_RECEIVED)
                .processInstanceBusinessKey(reference.value())
                .setVariable(HiringProcess.VAR_ASSESSMENT_SCORE, score)
                .correlateAllWithResult().isEmpty();
        if (delivered) {
            return Outcome.DELIVERED;
        }
        if (stageOver(reference)) {
            return Outcome.STAGE_OVER;
        }
        throw new AssessmentResultNotDeliverableException(reference);
    }

    /** No running hiring process, or the running one has finished waiting for the result. */
    private boolean stageOver(ApplicationReference reference) {
        HistoricProcessInstance running = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY).processInstanceBusinessKey(reference.value())
                .unfinished().singleResult();
        return running == null || historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(running.getId()).activityId(HiringProcess.TASK_WAIT_FOR_ASSESSMENT_RESULT)
                .finished().count() > 0;
    }
}
