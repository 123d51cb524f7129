package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the mail with the self-scheduling link for the newest slot proposal. */
@Component
class SendSlotProposalDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendSlotProposalDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.INTERVIEW_SLOT_PROPOSAL, ProcessVariables.next(execution, HiringProcess.VAR_SLOT_PROPOSAL_NUMBER));
    }
}
