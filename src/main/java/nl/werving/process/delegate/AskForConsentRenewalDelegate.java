package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the request to renew the talent-pool consent, once per talent-pool period. */
@Component
class AskForConsentRenewalDelegate implements JavaDelegate {

    private final Outbox outbox;

    AskForConsentRenewalDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object period = execution.getVariable(ApplicantDataLifecycle.VAR_TALENT_POOL_PERIOD);
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.TALENT_POOL_RENEWAL,
                period == null ? 1 : ((Number) period).intValue());
    }
}
