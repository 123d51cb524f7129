package nl.werving.process.delegate;

import java.util.UUID;
import nl.werving.interview.InterviewPlanning;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.HiringProcess;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Queues the interview invitation to the candidate and to every interviewer of this round; when the round was
 * scheduled before and moved, an interview update instead (numbered by {@code interviewUpdateNumber}), whose
 * calendar event is the round's next revision.
 */
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
        boolean moved = planning.announceSchedule(applicationId, round);
        MessageType type = moved ? MessageType.INTERVIEW_UPDATE : MessageType.INTERVIEW_INVITATION;
        int number = moved ? ProcessVariables.next(execution, HiringProcess.VAR_INTERVIEW_UPDATE_NUMBER) : round;
        outbox.toCandidate(applicationId, type, number);
        planning.interviewers(applicationId, round)
                .forEach(interviewer -> outbox.toStaff(applicationId, type, number, interviewer));
    }
}
