package nl.werving.interview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/**
 * One interview round of an application: the slots proposed to the candidate, who interviews, where, and the
 * slot the candidate chose. Until a slot is chosen the round may be proposed again; after that only when someone
 * asked to move the interview ({@link #requestReschedule}), and the new proposal then replaces the chosen slot and
 * leaves the round owing its recipients a calendar update under the same UID.
 */
@Entity
@Table(name = "interview_plan")
class InterviewPlan extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false)
    private int round;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(length = InterviewProposal.MAX_LOCATION_LENGTH)
    private String location;

    @Column(name = "chosen_slot_index")
    private Integer chosenSlotIndex;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "chosen_at")
    private Instant chosenAt;

    @Column(name = "calendar_uid", nullable = false, updatable = false)
    private String calendarUid;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "reschedule_requested_at")
    private Instant rescheduleRequestedAt;

    @Column(name = "calendar_update_due", nullable = false)
    private boolean calendarUpdateDue;

    @ElementCollection
    @CollectionTable(name = "interview_slot", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("slotIndex")
    private List<ProposedSlot> slots = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "interview_interviewer", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "user_id", nullable = false, length = UserIds.MAX_LENGTH)
    @OrderBy
    private List<String> interviewers = new ArrayList<>();

    protected InterviewPlan() {
        // for JPA
    }

    private InterviewPlan(UUID applicationId, int round) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        if (round < 1) {
            throw new InterviewPlanningException("Interview rounds are numbered from 1, not " + round);
        }
        this.round = round;
        this.calendarUid = UUID.randomUUID() + "@werving";
    }

    static InterviewPlan propose(UUID applicationId, int round, InterviewProposal proposal, Instant at) {
        InterviewPlan plan = new InterviewPlan(applicationId, round);
        plan.apply(proposal, at);
        return plan;
    }

    /**
     * Replaces an earlier proposal the candidate did not answer or, when someone asked to move the interview, the
     * chosen slot: the choice is cleared and the calendar event (its UID kept) is owed an update.
     */
    void proposeAgain(InterviewProposal proposal, Instant at) {
        if (chosenSlotIndex != null) {
            if (rescheduleRequestedAt == null) {
                requireNoSlotChosen();
            }
            chosenSlotIndex = null;
            chosenAt = null;
            rescheduleRequestedAt = null;
            calendarUpdateDue = true;
        }
        apply(proposal, at);
    }

    /**
     * Records that the candidate or a recruiter asked to move the scheduled interview, so a new proposal may
     * replace the chosen slot.
     *
     * @throws InterviewPlanningException when no slot was chosen, the interview has begun, or moving it was
     *         already asked
     */
    void requestReschedule(Instant at) {
        ProposedSlot slot = chosenSlot().orElseThrow(() -> new InterviewPlanningException(
                "No interview is scheduled in round " + round + " to move"));
        if (!slot.startsAt().isAfter(at)) {
            throw new InterviewPlanningException("The interview of round " + round + " has already begun");
        }
        if (rescheduleRequestedAt != null) {
            throw new InterviewPlanningException("Moving the interview of round " + round + " was already asked");
        }
        rescheduleRequestedAt = Objects.requireNonNull(at);
    }

    /**
     * Settles how the chosen slot is announced: false the first time (an invitation at SEQUENCE 0), true after a
     * reschedule, when the calendar event gets its next revision for the update.
     */
    boolean announceSchedule() {
        requireChosen();
        if (!calendarUpdateDue) {
            return false;
        }
        calendarUpdateDue = false;
        reviseCalendar();
        return true;
    }

    private void requireChosen() {
        if (chosenSlotIndex == null) {
            throw new InterviewPlanningException("The candidate has not chosen a slot for interview round " + round
                    + " yet");
        }
    }

    private void apply(InterviewProposal proposal, Instant at) {
        slots.clear();
        for (int i = 0; i < proposal.slotStarts().size(); i++) {
            slots.add(new ProposedSlot(i + 1, proposal.slotStarts().get(i)));
        }
        interviewers.clear();
        interviewers.addAll(proposal.interviewerIds());
        durationMinutes = proposal.durationMinutes();
        location = proposal.location();
        proposedAt = Objects.requireNonNull(at);
    }

    /**
     * Records the candidate's choice.
     *
     * @param slotIndex the slot's number, counted from 1 in the order proposed
     * @throws InterviewPlanningException when a slot was already chosen, there is no such slot, or it has begun
     */
    ProposedSlot choose(int slotIndex, Instant at) {
        requireNoSlotChosen();
        ProposedSlot slot = slots.stream().filter(candidate -> candidate.slotIndex() == slotIndex).findFirst()
                .orElseThrow(() -> new InterviewPlanningException("There is no interview slot " + slotIndex
                        + " in round " + round + ": choose 1 to " + slots.size()));
        if (!slot.startsAt().isAfter(at)) {
            throw new InterviewPlanningException("Interview slot " + slotIndex + " of round " + round
                    + " has already begun");
        }
        chosenSlotIndex = slotIndex;
        chosenAt = Objects.requireNonNull(at);
        return slot;
    }

    private void requireNoSlotChosen() {
        if (chosenSlotIndex != null) {
            throw new InterviewPlanningException("A slot was already chosen for interview round " + round);
        }
    }

    /** The slot the candidate chose, if they did. */
    Optional<ProposedSlot> chosenSlot() {
        return chosenSlotIndex == null ? Optional.empty()
                : slots.stream().filter(slot -> slot.slotIndex() == chosenSlotIndex).findFirst();
    }

    /** The UID of the round's calendar event: the same in every invitation, update and cancellation. */
    String calendarUid() {
        return calendarUid;
    }

    /** The revision of the round's calendar event; 0 for the first invitation. */
    int calendarSequence() {
        return calendarSequence;
    }

    /** Starts a new revision of the calendar event, for an update or cancellation, and returns its number. */
    int reviseCalendar() {
        calendarSequence++;
        return calendarSequence;
    }

    /**
     * Cancels the round whose slot was chosen: from now on its calendar messages are cancellations, at a new
     * revision. Cancelling again changes nothing.
     */
    void cancel(Instant at) {
        if (cancelledAt == null) {
            cancelledAt = Objects.requireNonNull(at, "at");
            calendarSequence++;
        }
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    Instant endOf(ProposedSlot slot) {
        return slot.startsAt().plusSeconds(60L * durationMinutes);
    }

    /** The plan as the candidate's data export shows it. */
    java.util.Map<String, Object> exported() {
        java.util.Map<String, Object> exported = new java.util.LinkedHashMap<>();
        exported.put("round", round);
        exported.put("proposedSlots", slots.stream().map(ProposedSlot::startsAt).toList());
        exported.put("durationMinutes", durationMinutes);
        exported.put("location", location);
        exported.put("interviewers", List.copyOf(interviewers));
        exported.put("chosenSlot", chosenSlot().map(ProposedSlot::startsAt).orElse(null));
        exported.put("proposedAt", proposedAt);
        exported.put("chosenAt", chosenAt);
        exported.put("cancelledAt", cancelledAt);
        exported.put("rescheduleRequestedAt", rescheduleRequestedAt);
        return exported;
    }

    int round() {
        return round;
    }

    List<ProposedSlot> slots() {
        return List.copyOf(slots);
    }

    List<String> interviewers() {
        return List.copyOf(interviewers);
    }

    int durationMinutes() {
        return durationMinutes;
    }

    String location() {
        return location;
    }

    Integer chosenSlotIndex() {
        return chosenSlotIndex;
    }

    @Override
    public String toString() {
        return "InterviewPlan[" + id + ", round " + round + "]";
    }

    @Override
    public UUID getId() {
        return id;
    }
}
