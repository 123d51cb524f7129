package nl.werving.process.delegate;

import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the candidate's reminder of tomorrow's interview, once per interview round. */
@Component
class SendInterviewReminderDelegate implements JavaDelegate {

    private final Outbox outbox;

    SendInterviewReminderDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.toCandidate(ProcessVariables.applicationId(execution), MessageType.INTERVIEW_REMINDER,
                ProcessVariables.interviewRound(execution));
    }
}
