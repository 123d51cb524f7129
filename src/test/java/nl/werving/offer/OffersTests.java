package nl.werving.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class OffersTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final ApplicationReference REFERENCE = new ApplicationReference("V6QHHSN8VXXB3P0KW81VJQP3");
    private static final LocalDate START = LocalDate.parse("2026-05-01");

    private final OfferRepository repository = mock(OfferRepository.class);
    private final Applications applications = mock(Applications.class);
    private final Vacancies vacancies = mock(Vacancies.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Application application = mock(Application.class);
    private final Vacancy vacancy = Vacancy.draft("Title", "Description", NOW);
    private final Offers offers = new Offers(repository, applications, vacancies, events,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void setUp() {
        UUID applicationId = UUID.randomUUID();
        when(application.getId()).thenReturn(applicationId);
        when(application.getReference()).thenReturn(REFERENCE);
        when(application.getVacancyId()).thenReturn(vacancy.getId());
        when(applications.findById(applicationId)).thenReturn(Optional.of(application));
        when(applications.findByReference(REFERENCE)).thenReturn(Optional.of(application));
        when(vacancies.findById(vacancy.getId())).thenReturn(Optional.of(vacancy));
        when(repository.findCurrent(any())).thenCallRealMethod();
        when(repository.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
    }

    @Test
    void aDraftAboveTheBandSaysSo() {
        vacancy.changeSalaryBand(new BigDecimal("3500"), new BigDecimal("4500"));

        OfferDraft draft = offers.draft(application.getId(), new BigDecimal("4800"), START, null);

        assertThat(draft.salaryBandKnown()).isTrue();
        assertThat(draft.salaryAboveBand()).isTrue();
        assertThat(draft.offerId()).isNotNull();
    }

    @Test
    void redraftingAnUnsentOfferKeepsItsId() {
        Offer current = Offer.draft(application.getId(), new BigDecimal("4000"), START, null, NOW);
        currentOffer(current);

        OfferDraft draft = offers.draft(application.getId(), new BigDecimal("4100"), START, null);

        assertThat(draft.offerId()).isEqualTo(current.getId());
        assertThat(current.getSalary()).isEqualByComparingTo("4100");
        verify(repository, never()).save(any());
    }

    @Test
    void redraftingASentOfferReplacesIt() {
        Offer sent = sentOffer();

        OfferDraft draft = offers.draft(application.getId(), new BigDecimal("4100"), START, null);

        assertThat(draft.offerId()).isNotEqualTo(sent.getId());
        assertThat(sent.getStatus()).isEqualTo(OfferStatus.SUPERSEDED);
    }

    @Test
    void noNewOfferIsDraftedOnceTheCandidateAnswered() {
        sentOffer().accept(NOW);

        assertThatThrownBy(() -> offers.draft(application.getId(), new BigDecimal("4100"), START, null))
                .isInstanceOf(OfferStateException.class)
                .hasMessageContaining("already accepted");
    }

    @Test
    void sendingMarksTheDraftSent() {
        Offer current = Offer.draft(application.getId(), new BigDecimal("4000"), START, null, NOW);
        currentOffer(current);

        offers.send(application.getId());

        assertThat(current.getStatus()).isEqualTo(OfferStatus.SENT);
    }

    @Test
    void acceptingPublishesOfferAcceptedOnce() {
        sentOffer();

        offers.accept(REFERENCE);
        offers.accept(REFERENCE);

        verify(events).publishEvent(new OfferAccepted(REFERENCE));
    }

    @Test
    void decliningPublishesOfferDeclinedOnce() {
        sentOffer();

        offers.decline(REFERENCE);
        offers.decline(REFERENCE);

        verify(events).publishEvent(new OfferDeclined(REFERENCE));
    }

    @Test
    void aDeclinedOfferIsNotAcceptedLater() {
        sentOffer();
        offers.decline(REFERENCE);

        assertThatThrownBy(() -> offers.accept(REFERENCE))
                .isInstanceOf(OfferStateException.class)
                .hasMessage("An offer that was declined cannot be accepted");
        verify(events, never()).publishEvent(new OfferAccepted(REFERENCE));
    }

    @Test
    void anUnsentOfferIsNotAccepted() {
        currentOffer(Offer.draft(application.getId(), new BigDecimal("4000"), START, null, NOW));

        assertThatThrownBy(() -> offers.accept(REFERENCE))
                .isInstanceOf(OfferStateException.class)
                .hasMessage("An offer that was not sent yet cannot be accepted");
    }

    @Test
    void withoutAnOfferThereIsNothingToAccept() {
        assertThatThrownBy(() -> offers.accept(REFERENCE))
                .isInstanceOf(OfferStateException.class)
                .hasMessage("No offer was drafted for this application");
    }

    @Test
    void anOfferIsNotAcceptedAfterTheProcedureEnded() {
        sentOffer();
        when(application.hasEnded()).thenReturn(true);

        assertThatThrownBy(() -> offers.accept(REFERENCE))
                .isInstanceOf(OfferStateException.class)
                .hasMessageContaining("procedure has ended");
        verify(events, never()).publishEvent(any(Object.class));
    }

    private Offer sentOffer() {
        Offer offer = Offer.draft(application.getId(), new BigDecimal("4000"), START, null, NOW);
        offer.send(NOW);
        currentOffer(offer);
        return offer;
    }

    private void currentOffer(Offer offer) {
        when(repository.findFirstByApplicationIdAndStatusNot(application.getId(), OfferStatus.SUPERSEDED))
                .thenReturn(Optional.of(offer));
    }
}
