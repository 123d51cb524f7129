package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class InterviewPlanningTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final ApplicationReference REFERENCE = new ApplicationReference("V6QHHSN8VXXB3P0KW81VJQP3");
    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-09T10:00:00+01:00");

    private final InterviewPlanRepository plans = mock(InterviewPlanRepository.class);
    private final Applications applications = mock(Applications.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Application application = mock(Application.class);
    private final UUID applicationId = UUID.randomUUID();
    private final InterviewPlanning planning = new InterviewPlanning(plans, applications, events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void setUp() {
        when(application.getId()).thenReturn(applicationId);
        when(application.getReference()).thenReturn(REFERENCE);
        when(applications.findByReference(REFERENCE)).thenReturn(Optional.of(application));
        when(applications.findById(applicationId)).thenReturn(Optional.of(application));
    }

    @Test
    void choosingASlotAnnouncesItsStartAndEndInUtc() {
        InterviewPlan plan = InterviewPlan.propose(applicationId, 2,
                InterviewProposal.of(List.of(MONDAY), 45, List.of("manager"), null, NOW), NOW);
        when(plans.findFirstByApplicationIdOrderByRoundDesc(applicationId)).thenReturn(Optional.of(plan));

        planning.chooseSlot(REFERENCE, 1);

        verify(events).publishEvent(new InterviewSlotChosen(REFERENCE, 2,
                OffsetDateTime.parse("2026-03-09T09:00:00Z"), OffsetDateTime.parse("2026-03-09T09:45:00Z")));
    }

    @Test
    void theOpenSlotsAreThoseOfTheNewestRoundUntilOneIsChosen() {
        OffsetDateTime tuesday = MONDAY.plusDays(1);
        InterviewPlan plan = InterviewPlan.propose(applicationId, 2,
                InterviewProposal.of(List.of(MONDAY, tuesday), 45, List.of("manager"), null, NOW), NOW);
        when(plans.findFirstByApplicationIdOrderByRoundDesc(applicationId)).thenReturn(Optional.of(plan));

        assertThat(planning.openSlots(REFERENCE)).containsExactly(
                new InterviewSlot(1, MONDAY.toInstant(), MONDAY.toInstant().plusSeconds(45 * 60)),
                new InterviewSlot(2, tuesday.toInstant(), tuesday.toInstant().plusSeconds(45 * 60)));
        assertThat(planning.chosenSlot(REFERENCE)).isEmpty();

        planning.chooseSlot(REFERENCE, 2);

        assertThat(planning.openSlots(REFERENCE)).isEmpty();
        assertThat(planning.chosenSlot(REFERENCE)).contains(
                new InterviewSlot(2, tuesday.toInstant(), tuesday.toInstant().plusSeconds(45 * 60)));
    }

    @Test
    void anApplicationWithoutAProposalHasNoOpenSlots() {
        when(plans.findFirstByApplicationIdOrderByRoundDesc(applicationId)).thenReturn(Optional.empty());

        assertThat(planning.openSlots(REFERENCE)).isEmpty();
        assertThat(planning.chosenSlot(REFERENCE)).isEmpty();
    }

    @Test
    void choosingWithoutAProposalIsRefused() {
        when(plans.findFirstByApplicationIdOrderByRoundDesc(applicationId)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> planning.chooseSlot(REFERENCE, 1))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessage("No interview slots were proposed for this application");
        verify(events, never()).publishEvent(any(Object.class));
    }

    @Test
    void aProposalForAnUnknownApplicationIsRefused() {
        UUID unknown = UUID.randomUUID();
        when(applications.findById(unknown)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> planning.propose(unknown, 1, List.of(MONDAY), 60, List.of("manager"), null))
                .isInstanceOf(UnknownApplicationException.class);
    }

    @Test
    void askingForTheInterviewersOfARoundNobodyProposedIsRefused() {
        when(plans.findByApplicationIdAndRound(applicationId, 3)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> planning.interviewers(applicationId, 3))
                .isInstanceOf(InterviewPlanningException.class)
                .hasMessage("No interview was proposed for round 3");
    }
}
