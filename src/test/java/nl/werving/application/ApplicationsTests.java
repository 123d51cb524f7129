package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.context.ApplicationEventPublisher;

class ApplicationsTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final ApplicationRepository repository = mock(ApplicationRepository.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Applications applications = new Applications(repository, mock(KnockoutAnswerRepository.class), events,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Application application = Application.submit(ApplicationReference.random(), UUID.randomUUID(),
            UUID.randomUUID(), 1, NOW.minusSeconds(86_400));
    private final ApplicationReference reference = application.getReference();

    @BeforeEach
    void setUp() {
        when(repository.findById(application.getId())).thenReturn(Optional.of(application));
        when(repository.findByReference(reference.value())).thenReturn(Optional.of(application));
    }

    @Test
    void aWithdrawalIsAnnouncedOnce() {
        applications.withdraw(reference);
        applications.withdraw(reference);

        verify(events).publishEvent(new CandidateWithdrew(reference));
    }

    @Test
    void anObjectionIsAnnouncedOnce() {
        applications.objectToAutomatedProcessing(reference);
        applications.objectToAutomatedProcessing(reference);

        verify(events).publishEvent(new CandidateObjected(reference));
    }

    @Test
    void withdrawingAnEndedApplicationIsRefusedAndAnnouncesNothing() {
        application.end(ProcedureOutcome.REJECTED, NOW);

        assertThatThrownBy(() -> applications.withdraw(reference)).isInstanceOf(ApplicationAlreadyEndedException.class);
        verifyNoInteractions(events);
    }

    @Test
    void anUnknownReferenceIsReported() {
        ApplicationReference unknown = ApplicationReference.random();

        assertThatThrownBy(() -> applications.withdraw(unknown)).isInstanceOf(UnknownApplicationException.class);
        assertThatThrownBy(() -> applications.objectToAutomatedProcessing(unknown))
                .isInstanceOf(UnknownApplicationException.class);
    }

    @Test
    void theEndOfTheProcedureIsAnnouncedOnceEvenWhenRecordedTwice() {
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.WITHDRAWN);
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.WITHDRAWN);

        verify(events).publishEvent(new ProcedureEnded(application.getId(), reference, ProcedureOutcome.WITHDRAWN));
    }

    @Test
    void aSecondDifferentOutcomeIsRefused() {
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.REJECTED);

        assertThatThrownBy(() -> applications.recordProcedureEnded(application.getId(), ProcedureOutcome.HIRED))
                .isInstanceOf(ApplicationAlreadyEndedException.class);
    }

    @Test
    void handingOverEndsTheProcedureAndAnnouncesTheHireOnce() {
        applications.handOverToOnboarding(application.getId());
        applications.handOverToOnboarding(application.getId());
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.HIRED);

        InOrder order = inOrder(events);
        order.verify(events).publishEvent(new ProcedureEnded(application.getId(), reference, ProcedureOutcome.HIRED));
        order.verify(events).publishEvent(new CandidateHired(application.getId(), reference));
        order.verifyNoMoreInteractions();
    }

    @Test
    void handingOverAfterTheHireWasRecordedAnnouncesOnlyTheHandOver() {
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.HIRED);
        applications.handOverToOnboarding(application.getId());

        verify(events).publishEvent(new ProcedureEnded(application.getId(), reference, ProcedureOutcome.HIRED));
        verify(events).publishEvent(new CandidateHired(application.getId(), reference));
    }

    @Test
    void anUnknownIdIsReported() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> applications.recordProcedureEnded(unknown, ProcedureOutcome.REJECTED))
                .isInstanceOf(UnknownApplicationException.class);
        verify(events, never()).publishEvent(any(Object.class));
    }
}
