package nl.werving.process.delegate;

import java.util.UUID;
import nl.werving.interview.InterviewPlanning;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Queues the interview invitation to the candidate and to every interviewer of this round. */
@Component
class SendInterviewInvitationsDelegate implements JavaDelegate {

    private final InterviewPlanning planning;
    private final Outbox outbox;

    SendInterviewInvitationsDelegate(InterviewPlanning planning, Outbox outbox) {
        this.planning = planning;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID applicationId = ProcessVariables.applicationId(execution);
        int round = ProcessVariables.interviewRound(execution);
        outbox.toCandidate(applicationId, MessageType.INTERVIEW_INVITATION, round);
        planning.interviewers(applicationId, round)
                .forEach(interviewer -> outbox.toStaff(applicationId, MessageType.INTERVIEW_INVITATION, round, interviewer));
    }
}
