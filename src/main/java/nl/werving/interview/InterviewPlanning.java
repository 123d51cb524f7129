package nl.werving.interview;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview module's planning service: a recruiter proposes slots and interviewers for a round, the
 * candidate chooses a slot. Sending the invitations is left to the hiring process.
 */
@Service
@Transactional(readOnly = true)
public class InterviewPlanning {

    private final InterviewPlanRepository plans;
    private final Applications applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterviewPlanning(InterviewPlanRepository plans, Applications applications, ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the proposal for the round, replacing an earlier one the candidate has not answered, or the chosen
     * slot when moving the interview was asked ({@link #requestReschedule}); the round keeps its calendar UID and
     * its next invitations go out as an update ({@link #announceSchedule}). Empty entries
     * in {@code slotStarts} (slots left blank) are ignored; interviewer ids are Camunda user ids whose format
     * alone is checked here.
     *
     * @throws InterviewPlanningException naming the problem: no or too many slots, a slot in the past, a
     *         duration outside 15 to 480 minutes, no or malformed interviewers, a round whose slot was chosen
     *         and that nobody asked to move
     * @throws UnknownApplicationException when no application has the id
     */
    @Transactional
    public void propose(UUID applicationId, int round, List<OffsetDateTime> slotStarts, int durationMinutes,
            List<String> interviewerIds, String location) {
        Objects.requireNonNull(applicationId, "applicationId");
        if (applications.findById(applicationId).isEmpty()) {
            throw new UnknownApplicationException();
        }
        Instant now = clock.instant();
        InterviewProposal proposal = InterviewProposal.of(slotStarts, durationMinutes, interviewerIds, location, now);
        plans.findByApplicationIdAndRound(applicationId, round).ifPresentOrElse(
                plan -> plan.proposeAgain(proposal, now),
                () -> plans.save(InterviewPlan.propose(applicationId, round, proposal, now)));
    }

    /**
     * The user ids of the round's interviewers, in the order proposed.
     *
     * @throws InterviewPlanningException when nothing was proposed for the round
     */
    public List<String> interviewers(UUID applicationId, int round) {
        return plan(applicationId, round).interviewers();
    }

    /**
     * Records the candidate's choice for the newest round proposed to them and publishes
     * {@link InterviewSlotChosen}.
     *
     * @param slotIndex the slot's number, counted from 1 in the order proposed
     * @throws InterviewPlanningException when nothing was proposed, a slot was already chosen, there is no such
     *         slot, or it has begun
     */
    @Transactional
    public void chooseSlot(ApplicationReference reference, int slotIndex) {
        Application application = applications.findByReference(reference)
                .orElseThrow(() -> new InterviewPlanningException("No interview slots were proposed for this application"));
        InterviewPlan plan = plans.findFirstByApplicationIdOrderByRoundDesc(application.getId())
                .orElseThrow(() -> new InterviewPlanningException("No interview slots were proposed for this application"));
        ProposedSlot slot = plan.choose(slotIndex, clock.instant());
        events.publishEvent(new InterviewSlotChosen(application.getReference(), plan.round(),
                slot.startsAt().atOffset(ZoneOffset.UTC), plan.endOf(slot).atOffset(ZoneOffset.UTC)));
    }

    /**
     * Records that the candidate or a recruiter asks to move the interview scheduled in the newest round and
     * publishes {@link InterviewRescheduleRequested}; the recruiter then proposes new slots for that round.
     *
     * @throws InterviewPlanningException when no interview is scheduled (nothing proposed, no slot chosen), it has
     *         begun, or moving it was already asked
     * @throws UnknownApplicationException when no application has the reference
     */
    @Transactional
    public void requestReschedule(ApplicationReference reference) {
        Application application = applications.findByReference(reference).orElseThrow(UnknownApplicationException::new);
        InterviewPlan plan = plans.findFirstByApplicationIdOrderByRoundDesc(application.getId())
                .orElseThrow(() -> new InterviewPlanningException("No interview is scheduled for this application"));
        plan.requestReschedule(clock.instant());
        events.publishEvent(new InterviewRescheduleRequested(application.getReference(), plan.round()));
    }

    /**
     * Settles how the round's chosen slot is announced, for the hiring process sending the invitations: false when
     * it is the round's first schedule (send invitations), true when it replaces an earlier one (send updates);
     * the calendar event then gets its next revision, which every update of this schedule carries.
     *
     * @throws InterviewPlanningException when nothing was proposed for the round or no slot was chosen
     */
    @Transactional
    public boolean announceSchedule(UUID applicationId, int round) {
        return plan(applicationId, round).announceSchedule();
    }

    /**
     * The slots of the newest round proposed to the candidate that can still be chosen: none when nothing was
     * proposed, a slot was already chosen, or the application is unknown. Slots that have begun are left out.
     */
    public List<InterviewSlot> openSlots(ApplicationReference reference) {
        Instant now = clock.instant();
        return latestPlan(reference)
                .filter(plan -> plan.chosenSlotIndex() == null)
                .map(plan -> plan.slots().stream()
                        .filter(slot -> slot.startsAt().isAfter(now))
                        .map(slot -> slotOf(plan, slot))
                        .toList())
                .orElse(List.of());
    }

    /** The slot the candidate chose in the newest round proposed to them, if they chose one. */
    public Optional<InterviewSlot> chosenSlot(ApplicationReference reference) {
        return latestPlan(reference)
                .filter(plan -> plan.chosenSlotIndex() != null)
                .flatMap(plan -> plan.slots().stream()
                        .filter(slot -> slot.slotIndex() == plan.chosenSlotIndex())
                        .findFirst()
                        .map(slot -> slotOf(plan, slot)));
    }

    /**
     * Cancels the application's newest interview round when its chosen slot has not begun yet, e.g. because the
     * candidate withdrew, and returns that round: its calendar messages are from then on cancellations. Empty
     * when there is no such round (nothing proposed or chosen, already held, or already cancelled).
     */
    @Transactional
    public Optional<Integer> cancelUpcoming(UUID applicationId) {
        Instant now = clock.instant();
        return plans.findFirstByApplicationIdOrderByRoundDesc(Objects.requireNonNull(applicationId, "applicationId"))
                .filter(plan -> !plan.isCancelled())
                .filter(plan -> plan.chosenSlot().map(slot -> slot.startsAt().isAfter(now)).orElse(false))
                .map(plan -> {
                    plan.cancel(now);
                    return plan.round();
                });
    }

    /** The round as scheduled: empty when nothing was proposed for it or the candidate has not chosen a slot. */
    public Optional<ScheduledInterview> scheduled(UUID applicationId, int round) {
        return plans.findByApplicationIdAndRound(Objects.requireNonNull(applicationId, "applicationId"), round)
                .flatMap(plan -> plan.chosenSlot().map(slot -> new ScheduledInterview(plan.round(), slot.startsAt(),
                        plan.endOf(slot), plan.location(), plan.isCancelled())));
    }

    /** The application's newest round, when the candidate chose its slot (whether or not it was cancelled since). */
    public Optional<ScheduledInterview> newestScheduled(UUID applicationId) {
        return plans.findFirstByApplicationIdOrderByRoundDesc(Objects.requireNonNull(applicationId, "applicationId"))
                .flatMap(plan -> scheduled(applicationId, plan.round()));
    }

    private Optional<InterviewPlan> latestPlan(ApplicationReference reference) {
        return applications.findByReference(reference)
                .flatMap(application -> plans.findFirstByApplicationIdOrderByRoundDesc(application.getId()));
    }

    private static InterviewSlot slotOf(InterviewPlan plan, ProposedSlot slot) {
        return new InterviewSlot(slot.slotIndex(), slot.startsAt(), plan.endOf(slot));
    }

    private InterviewPlan plan(UUID applicationId, int round) {
        return plans.findByApplicationIdAndRound(applicationId, round)
                .orElseThrow(() -> new InterviewPlanningException("No interview was proposed for round " + round));
    }
}
