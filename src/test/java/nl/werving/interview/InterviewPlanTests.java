package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InterviewPlanTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-09T10:00:00+01:00");
    private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2026-03-10T14:30:00+01:00");

    @Test
    void slotsAreNumberedFromOneInTheOrderProposed() {
        InterviewPlan plan = plan();

        assertThat(plan.slots()).containsExactly(new ProposedSlot(1, MONDAY.toInstant()),
                new ProposedSlot(2, TUESDAY.toInstant()));
    }

    @Test
    void theCandidateChoosesOneOfTheSlots() {
        InterviewPlan plan = plan();

        ProposedSlot chosen = plan.choose(2, NOW);

        assertThat(chosen.startsAt()).isEqualTo(TUESDAY.toInstant());
        assertThat(plan.endOf(chosen)).isEqualTo(TUESDAY.plusMinutes(90).toInstant());
        assertThat(plan.chosenSlotIndex()).isEqualTo(2);
    }

    @Test
    void anUnknownSlotIndexIsRefused() {
        InterviewPlan plan = plan();

        assertThatThrownBy(() -> plan.choose(3, NOW))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessage("There is no interview slot 3 in round 1: choose 1 to 2");
        assertThatThrownBy(() -> plan.choose(0, NOW)).isInstanceOf(InterviewPlanningException.class);
        assertThat(plan.chosenSlotIndex()).isNull();
    }

    @Test
    void aSlotIsChosenOnlyOnce() {
        InterviewPlan plan = plan();
        plan.choose(1, NOW);

        assertThatThrownBy(() -> plan.choose(2, NOW))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessage("A slot was already chosen for interview round 1");
        assertThat(plan.chosenSlotIndex()).isEqualTo(1);
    }

    @Test
    void aSlotThatHasBegunCannotBeChosen() {
        InterviewPlan plan = plan();

        assertThatThrownBy(() -> plan.choose(1, MONDAY.plusMinutes(5).toInstant()))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessageContaining("has already begun");
    }

    @Test
    void anUnansweredProposalCanBeReplaced() {
        InterviewPlan plan = plan();

        plan.proposeAgain(InterviewProposal.of(List.of(TUESDAY.plusDays(7)), 60, List.of("teamlead"), null, NOW), NOW);

        assertThat(plan.slots()).containsExactly(new ProposedSlot(1, TUESDAY.plusDays(7).toInstant()));
        assertThat(plan.interviewers()).containsExactly("teamlead");
        assertThat(plan.durationMinutes()).isEqualTo(60);
        assertThat(plan.location()).isNull();
    }

    @Test
    void aRoundWhoseSlotWasChosenIsNotProposedAgain() {
        InterviewPlan plan = plan();
        plan.choose(1, NOW);

        assertThatThrownBy(() -> plan.proposeAgain(
                InterviewProposal.of(List.of(TUESDAY), 60, List.of("manager"), null, NOW), NOW))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessageContaining("already chosen");
    }

    @Test
    void roundsAreNumberedFromOne() {
        InterviewProposal proposal = InterviewProposal.of(List.of(MONDAY), 60, List.of("manager"), null, NOW);

        assertThatThrownBy(() -> InterviewPlan.propose(UUID.randomUUID(), 0, proposal, NOW))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessageContaining("numbered from 1");
    }

    private static InterviewPlan plan() {
        return InterviewPlan.propose(UUID.randomUUID(), 1,
                InterviewProposal.of(List.of(MONDAY, TUESDAY), 90, List.of("manager", "recruiter"), "Utrecht", NOW), NOW);
    }
}
