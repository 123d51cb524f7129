package nl.werving.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import nl.werving.application.ApplicationReference;
import nl.werving.application.CandidateObjected;
import nl.werving.application.CandidateWithdrew;
import nl.werving.automation.AutomationSwitchedOff;
import nl.werving.interview.InterviewRescheduleRequested;
import nl.werving.interview.InterviewSlotChosen;
import nl.werving.offer.OfferAccepted;
import nl.werving.offer.OfferDeclined;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what other modules announce into BPMN messages for the hiring process, inside the announcing
 * transaction. A message the process cannot take where the sender must know it (a slot choice, a request to
 * move the interview, an offer answer, a withdrawal) fails the sender's transaction; a late objection is kept by its
 * module and simply not delivered. Assessment results do not come through here: each is passed on by a job of its
 * own ({@link AssessmentResultDeliveryStarter}), so that a failure is retried and then an incident.
 */
@Component
class HiringProcessMessages {

    private static final Logger log = LoggerFactory.getLogger(HiringProcessMessages.class);

    private final RuntimeService runtimeService;
    private final Clock clock;

    HiringProcessMessages(RuntimeService runtimeService, Clock clock) {
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /**
     * Delivers the chosen slot with the moment of the candidate's reminder: a day before the interview, or none
     * when that moment is less than an hour away (the slot was chosen shortly before the interview).
     */
    @EventListener
    void on(InterviewSlotChosen chosen) {
        OffsetDateTime reminderAt = chosen.startsAt().minus(HiringProcess.INTERVIEW_REMINDER_BEFORE);
        boolean reminderDue = !reminderAt.toInstant()
                .isBefore(clock.instant().plus(HiringProcess.INTERVIEW_REMINDER_MIN_NOTICE));
        deliver(message(HiringProcess.MESSAGE_INTERVIEW_SLOT_CHOSEN, chosen.reference())
                .setVariable(HiringProcess.VAR_INTERVIEW_STARTS_AT, chosen.startsAt().toString())
                .setVariable(HiringProcess.VAR_INTERVIEW_ENDS_AT, chosen.endsAt().toString())
                .setVariable(HiringProcess.VAR_INTERVIEW_REMINDER_DUE, reminderDue)
                .setVariable(HiringProcess.VAR_INTERVIEW_REMINDER_AT, reminderDue ? reminderAt.toString() : null));
    }

    /** Interrupts the scheduled interview, so the recruiter proposes new slots for the same round. */
    @EventListener
    void on(InterviewRescheduleRequested requested) {
        deliver(message(HiringProcess.MESSAGE_INTERVIEW_RESCHEDULE_REQUESTED, requested.reference()));
    }

    @EventListener
    void on(OfferAccepted accepted) {
        deliver(message(HiringProcess.MESSAGE_OFFER_ACCEPTED, accepted.reference()));
    }

    @EventListener
    void on(OfferDeclined declined) {
        deliver(message(HiringProcess.MESSAGE_OFFER_DECLINED, declined.reference()));
    }

    @EventListener
    void on(CandidateWithdrew withdrew) {
        deliver(message(HiringProcess.MESSAGE_CANDIDATE_WITHDREW, withdrew.reference()));
    }

    @EventListener
    void on(CandidateObjected objected) {
        deliverIfWaiting(message(HiringProcess.MESSAGE_CANDIDATE_OBJECTED, objected.reference()));
    }

    @EventListener
    void on(AutomationSwitchedOff switchedOff) {
        MessageCorrelationBuilder correlation = runtimeService
                .createMessageCorrelation(HiringProcess.MESSAGE_AUTOMATION_SWITCHED_OFF);
        if (switchedOff.vacancyId() != null) {
            correlation.processInstanceVariableEquals(HiringProcess.VAR_VACANCY_ID, switchedOff.vacancyId().toString());
        }
        correlation.correlateAll();
    }

    private MessageCorrelationBuilder message(String name, ApplicationReference reference) {
        return runtimeService.createMessageCorrelation(name).processInstanceBusinessKey(reference.value());
    }

    // correlateAll delivers to the (at most one) instance with the business key and, unlike correlate, does not
    // throw when none waits: an engine exception would mark the surrounding Spring transaction rollback-only.

    private static void deliver(MessageCorrelationBuilder correlation) {
        if (correlation.correlateAllWithResult().isEmpty()) {
            throw new IllegalStateException("The application is not at a step that accepts this now");
        }
    }

    private static void deliverIfWaiting(MessageCorrelationBuilder correlation) {
        if (correlation.correlateAllWithResult().isEmpty()) {
            log.info("A message arrived for an application that no longer waits for it; it was kept, not delivered");
        }
    }
}
