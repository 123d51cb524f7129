package nl.werving.offer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer module's public service. An application has at most one current offer: every earlier one was
 * replaced by a newer draft before the candidate answered it. Answers are published as {@link OfferAccepted}
 * or {@link OfferDeclined}, once.
 */
@Service
@Transactional(readOnly = true)
public class Offers {

    private final OfferRepository repository;
    private final Applications applications;
    private final Vacancies vacancies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Offers(OfferRepository repository, Applications applications, Vacancies vacancies,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.applications = applications;
        this.vacancies = vacancies;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Drafts the offer, or changes the current draft; a sent offer that was not answered is replaced by the new
     * draft. Tells how the salary compares with the vacancy's salary band.
     *
     * @throws UnknownApplicationException when no application has the id
     * @throws OfferStateException when the procedure has ended or the candidate already answered an offer
     * @throws IllegalArgumentException when the salary is not a positive amount, the start date lies in the
     *         past or the terms are too long
     */
    @Transactional
    public OfferDraft draft(UUID applicationId, BigDecimal salary, LocalDate startDate, String terms) {
        Application application = applications.findById(applicationId).orElseThrow(UnknownApplicationException::new);
        if (application.hasEnded()) {
            throw new OfferStateException("The application's procedure has ended; no offer can be drafted");
        }
        Vacancy vacancy = vacancies.findById(application.getVacancyId())
                .orElseThrow(() -> new IllegalStateException("The application's vacancy is missing"));
        Instant now = clock.instant();
        Optional<Offer> current = repository.findCurrent(applicationId);
        Offer offer;
        if (current.isPresent() && current.get().getStatus() == OfferStatus.DRAFT) {
            offer = current.get();
            offer.redraft(salary, startDate, terms, now);
        } else {
            current.ifPresent(Offer::supersede);
            offer = repository.save(Offer.draft(applicationId, salary, startDate, terms, now));
        }
        return OfferDraft.of(offer.getId(), offer.getSalary(), vacancy);
    }

    /**
     * Marks the current offer as sent; sending it again changes nothing.
     *
     * @throws OfferStateException when no offer was drafted or it was answered
     */
    @Transactional
    public void send(UUID applicationId) {
        currentOffer(applicationId).send(clock.instant());
    }

    /**
     * Records that the candidate accepted the offer sent to them and publishes {@link OfferAccepted}; accepting
     * again changes nothing.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws OfferStateException when there is no sent offer, it was declined or replaced, or the procedure ended
     */
    @Transactional
    public void accept(ApplicationReference reference) {
        Application application = applications.findByReference(reference).orElseThrow(UnknownApplicationException::new);
        Offer offer = currentOffer(application.getId());
        if (offer.getStatus() == OfferStatus.ACCEPTED) {
            return;
        }
        requireProcedureRunning(application);
        offer.accept(clock.instant());
        events.publishEvent(new OfferAccepted(application.getReference()));
    }

    /**
     * Records that the candidate declined the offer sent to them and publishes {@link OfferDeclined}; declining
     * again changes nothing.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws OfferStateException when there is no sent offer, it was accepted or replaced, or the procedure ended
     */
    @Transactional
    public void decline(ApplicationReference reference) {
        Application application = applications.findByReference(reference).orElseThrow(UnknownApplicationException::new);
        Offer offer = currentOffer(application.getId());
        if (offer.getStatus() == OfferStatus.DECLINED) {
            return;
        }
        requireProcedureRunning(application);
        offer.decline(clock.instant());
        events.publishEvent(new OfferDeclined(application.getReference()));
    }

    /** The current offer's salary, start date and terms, for the people who approve it. */
    public Optional<OfferSummary> current(UUID applicationId) {
        return repository.findCurrent(applicationId)
                .map(offer -> new OfferSummary(offer.getSalary(), offer.getStartDate(), offer.getTerms()));
    }

    private Offer currentOffer(UUID applicationId) {
        return repository.findCurrent(applicationId)
                .orElseThrow(() -> new OfferStateException("No offer was drafted for this application"));
    }

    private static void requireProcedureRunning(Application application) {
        if (application.hasEnded()) {
            throw new OfferStateException("The application's procedure has ended; the offer can no longer be answered");
        }
    }
}
