package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterviewProposalTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-09T10:00:00+01:00");
    private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2026-03-10T14:30:00+01:00");

    @Test
    void aValidProposalKeepsSlotsInOrderAndTrimsItsText() {
        InterviewProposal proposal = InterviewProposal.of(List.of(MONDAY, TUESDAY), 60, List.of(" manager ", "recruiter"),
                "  Room 4.12, Utrecht  ", NOW);

        assertThat(proposal.slotStarts()).containsExactly(MONDAY.toInstant(), TUESDAY.toInstant());
        assertThat(proposal.interviewerIds()).containsExactly("manager", "recruiter");
        assertThat(proposal.location()).isEqualTo("Room 4.12, Utrecht");
    }

    @Test
    void slotsLeftBlankAndRepeatedInterviewersAreLeftOut() {
        InterviewProposal proposal = InterviewProposal.of(Arrays.asList(MONDAY, null, TUESDAY), 45,
                Arrays.asList("manager", "", null, "manager"), " ", NOW);

        assertThat(proposal.slotStarts()).hasSize(2);
        assertThat(proposal.interviewerIds()).containsExactly("manager");
        assertThat(proposal.location()).isNull();
    }

    @Test
    void aProposalNeedsAtLeastOneSlot() {
        assertRefused(Arrays.asList(null, null), 60, List.of("manager"), "No interview slots were proposed");
        assertRefused(List.of(), 60, List.of("manager"), "No interview slots were proposed");
        assertRefused(null, 60, List.of("manager"), "No interview slots were proposed");
    }

    @Test
    void aProposalOffersAtMostThreeSlots() {
        assertRefused(List.of(MONDAY, TUESDAY, MONDAY.plusDays(2), MONDAY.plusDays(3)), 60, List.of("manager"),
                "at most 3");
    }

    @Test
    void aSlotInThePastIsRefused() {
        assertRefused(List.of(MONDAY, OffsetDateTime.parse("2026-03-01T10:00:00Z")), 60, List.of("manager"),
                "Interview slot 2 lies in the past");
    }

    @Test
    void aSlotStartingNowIsRefused() {
        assertRefused(List.of(NOW.atOffset(ZoneOffset.UTC)), 60, List.of("manager"), "lies in the past");
    }

    @Test
    void theSameSlotProposedTwiceIsRefused() {
        assertRefused(List.of(MONDAY, MONDAY.withOffsetSameInstant(ZoneOffset.UTC)), 60, List.of("manager"),
                "proposed twice");
    }

    @ParameterizedTest
    @ValueSource(ints = {-30, 0, 14, 481, 1440})
    void theDurationLiesBetweenFifteenMinutesAndEightHours(int minutes) {
        assertRefused(List.of(MONDAY), minutes, List.of("manager"), "An interview lasts 15 to 480 minutes");
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 480})
    void theDurationsBoundsAreAllowed(int minutes) {
        assertThat(InterviewProposal.of(List.of(MONDAY), minutes, List.of("manager"), null, NOW).durationMinutes())
                .isEqualTo(minutes);
    }

    @Test
    void aProposalNeedsAnInterviewer() {
        assertRefused(List.of(MONDAY), 60, List.of(" "), "No interviewers were named");
        assertRefused(List.of(MONDAY), 60, null, "No interviewers were named");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mira.bakker", "mira bakker", "mira@example.org", "hiring-manager", "../admin"})
    void interviewerIdsAreLettersAndDigitsOnly(String id) {
        assertRefused(List.of(MONDAY), 60, List.of("manager", id), "Interviewer 2 in the list is not a valid user id");
    }

    @Test
    void theLocationIsLimitedToFiveHundredCharacters() {
        assertThatThrownBy(() -> InterviewProposal.of(List.of(MONDAY), 60, List.of("manager"), "x".repeat(501), NOW))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessageContaining("location");
    }

    private static void assertRefused(List<OffsetDateTime> slots, int minutes, List<String> interviewers,
            String message) {
        assertThatThrownBy(() -> InterviewProposal.of(slots, minutes, interviewers, "Utrecht", NOW))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessageContaining(message);
    }
}
