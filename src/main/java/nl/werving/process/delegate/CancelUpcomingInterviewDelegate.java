package nl.werving.process.delegate;

import java.util.UUID;
import nl.werving.interview.InterviewPlanning;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Cancels the candidate's interview round when its chosen slot has not begun, and queues the calendar
 * cancellation to every interviewer of that round. The candidate's cancellation travels with the withdrawal
 * confirmation. Nothing happens when no interview is upcoming.
 */
@Component
class CancelUpcomingInterviewDelegate implements JavaDelegate {

    private final InterviewPlanning planning;
    private final Outbox outbox;

    CancelUpcomingInterviewDelegate(InterviewPlanning planning, Outbox outbox) {
        this.planning = planning;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID applicationId = ProcessVariables.applicationId(execution);
        planning.cancelUpcoming(applicationId).ifPresent(round -> planning.interviewers(applicationId, round)
                .forEach(interviewer -> outbox.toStaff(applicationId, MessageType.INTERVIEW_CANCELLATION, round,
                        interviewer)));
    }
}
