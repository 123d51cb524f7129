package nl.werving.process.delegate;

import nl.werving.application.ApplicationReference;
import nl.werving.assessment.AssessmentResults;
import nl.werving.process.AssessmentResultDelivery;
import nl.werving.process.AssessmentResultHandOver;
import nl.werving.process.AssessmentResultNotDeliverableException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Passes the application's stored assessment result on to its hiring process. Any failure leaves the job with a
 * message that names the reference only (it becomes the incident message); the technical cause is its cause.
 */
@Component
class DeliverAssessmentResultDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(DeliverAssessmentResultDelegate.class);

    private final AssessmentResults results;
    private final AssessmentResultHandOver handOver;

    DeliverAssessmentResultDelegate(AssessmentResults results, AssessmentResultHandOver handOver) {
        this.results = results;
        this.handOver = handOver;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplicationReference reference = new ApplicationReference(execution.getProcessBusinessKey());
        boolean delivered;
        try {
            delivered = results.storedResult(reference)
                    .map(result -> handOver.deliver(reference, result.judgedScore()))
                    .orElse(AssessmentResultHandOver.Outcome.STAGE_OVER) == AssessmentResultHandOver.Outcome.DELIVERED;
        } catch (AssessmentResultNotDeliverableException notDeliverable) {
            throw notDeliverable;
        } catch (RuntimeException failure) {
            throw new AssessmentResultNotDeliverableException(reference, failure);
        }
        if (!delivered) {
            log.info("Assessment result of application {} kept: its hiring process had left the assessment stage",
                    reference.value());
        }
        execution.setVariable(AssessmentResultDelivery.VAR_ASSESSMENT_RESULT_DELIVERED, delivered);
    }
}
