package nl.werving.process.listener;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.werving.interview.InterviewPlanning;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the recruiter proposes interview slots: stores the plan in the interview module. Unknown interviewers
 * or unusable slots keep the task open with a message saying what to fix.
 */
@Component
class RecordInterviewPlanListener implements TaskListener {

    private static final List<String> SLOT_FIELDS = List.of("slot1Start", "slot2Start", "slot3Start");

    private final InterviewPlanning planning;
    private final IdentityService identityService;
    private final ZoneId zone;

    RecordInterviewPlanListener(InterviewPlanning planning, IdentityService identityService,
            @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.planning = planning;
        this.identityService = identityService;
        this.zone = zone;
    }

    @Override
    public void notify(DelegateTask task) {
        List<OffsetDateTime> slots = SLOT_FIELDS.stream()
                .map(task::getVariable)
                .filter(value -> FormValues.text(value) != null)
                .map(value -> FormValues.dateTime(value, "Slot", zone))
                .toList();
        List<String> interviewers = FormValues.list(task.getVariable("interviewers"), "Interviewers");
        List<String> unknown = interviewers.stream()
                .filter(id -> identityService.createUserQuery().userId(id).count() == 0)
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProcessEngineException("Unknown interviewer(s): " + String.join(", ", unknown)
                    + ". Use the user ids of Werving users.");
        }
        planning.propose(ProcessVariables.applicationId(task), ProcessVariables.interviewRound(task), slots,
                FormValues.integer(task.getVariable("durationMinutes"), "Duration"),
                interviewers.stream().distinct().toList(),
                FormValues.requiredText(task.getVariable("location"), "Location"));
    }

}
