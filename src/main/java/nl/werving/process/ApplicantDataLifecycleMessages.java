package nl.werving.process;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import nl.werving.application.ProcedureEnded;
import nl.werving.consent.ConsentGiven;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.ConsentWithdrawn;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the application and consent modules announce into messages for the applicant data lifecycle, inside
 * the announcing transaction. None of them may fail the sender: an application without a lifecycle (submitted
 * before it existed, or erased already) or one that does not wait for the message is logged and left alone.
 */
@Component
class ApplicantDataLifecycleMessages {

    private static final Logger log = LoggerFactory.getLogger(ApplicantDataLifecycleMessages.class);

    private final RuntimeService runtimeService;
    private final Clock clock;

    ApplicantDataLifecycleMessages(RuntimeService runtimeService, Clock clock) {
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Starts the retention clock at this moment, the end of the procedure. */
    @EventListener
    void on(ProcedureEnded ended) {
        deliverIfWaiting(runtimeService.createMessageCorrelation(ApplicantDataLifecycle.MESSAGE_PROCEDURE_ENDED)
                .processInstanceBusinessKey(ended.reference().value())
                .setVariable(ApplicantDataLifecycle.VAR_OUTCOME, ended.outcome().name())
                .setVariable(ApplicantDataLifecycle.VAR_RETENTION_STARTS_AT, Date.from(clock.instant())));
    }

    /**
     * A talent-pool consent given (or renewed) after the procedure ended starts a new period from that moment; under
     * a legal hold, from the release.
     */
    @EventListener
    void on(ConsentGiven given) {
        if (given.purpose() == ConsentPurpose.TALENT_POOL) {
            deliverIfWaiting(message(ApplicantDataLifecycle.MESSAGE_TALENT_POOL_CONSENT_GIVEN, given.applicationId())
                    .setVariable(ApplicantDataLifecycle.VAR_RETENTION_STARTS_AT, Date.from(given.givenAt()))
                    .setVariable(ApplicantDataLifecycle.VAR_CONSENT_GIVEN_AT, Date.from(given.givenAt()))
                    .setVariable(ApplicantDataLifecycle.VAR_CONSENT_WITHDRAWN_AT, null));
        }
    }

    /** A withdrawn talent-pool consent erases the data when the period rests on it; under a legal hold, at the release. */
    @EventListener
    void on(ConsentWithdrawn withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.TALENT_POOL) {
            deliverIfWaiting(message(ApplicantDataLifecycle.MESSAGE_TALENT_POOL_CONSENT_WITHDRAWN,
                    withdrawn.applicationId())
                    .processInstanceVariableEquals(ApplicantDataLifecycle.VAR_CONSENT_BASED, true)
                    .setVariable(ApplicantDataLifecycle.VAR_CONSENT_WITHDRAWN_AT, Date.from(withdrawn.withdrawnAt()))
                    .setVariable(ApplicantDataLifecycle.VAR_CONSENT_GIVEN_AT, null));
        }
    }

    private MessageCorrelationBuilder message(String name, UUID applicationId) {
        return runtimeService.createMessageCorrelation(name).processInstanceVariableEquals(ApplicantDataLifecycle.VAR_APPLICATION_ID, applicationId.toString());
    }

    private static void deliverIfWaiting(MessageCorrelationBuilder correlation) {
        if (correlation.correlateAllWithResult().isEmpty()) {
            log.info("The applicant data lifecycle does not wait for this message now; it was not delivered");
        }
    }
}
