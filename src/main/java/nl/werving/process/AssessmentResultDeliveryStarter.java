package nl.werving.process;

import nl.werving.assessment.AssessmentResultReceived;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one {@code AssessmentResultDelivery} per stored result, in the storing transaction: the result and the
 * work to pass it on are committed together, and the provider is answered before the hiring process is touched.
 * Passing it on is a job of that instance, retried and then an incident when it fails.
 */
@Component
class AssessmentResultDeliveryStarter {

    private static final Logger log = LoggerFactory.getLogger(AssessmentResultDeliveryStarter.class);

    private final RuntimeService runtimeService;

    AssessmentResultDeliveryStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(AssessmentResultReceived received) {
        String instanceId = runtimeService.startProcessInstanceByKey(AssessmentResultDelivery.PROCESS_KEY,
                received.reference().value()).getId();
        log.info("Assessment result of application {} stored: delivery {} started", received.reference().value(),
                instanceId);
    }
}
