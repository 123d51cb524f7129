package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the candidate that their erasure request cannot be met while a legal hold applies (GDPR art. 12(4)). */
@Component
class SendErasureRefusalDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendErasureRefusalDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.ERASURE_REFUSED_LEGAL_HOLD,
                ProcessVariables.next(execution, ApplicantDataLifecycle.VAR_ERASURE_REFUSAL_NUMBER));
    }
}
