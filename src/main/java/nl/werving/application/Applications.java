package nl.werving.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application module's public service: finding applications, recording what a candidate asked for and how
 * the procedure ended. Every change is announced by an event published inside the same transaction, once.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

    private final ApplicationRepository repository;
    private final KnockoutAnswerRepository knockoutAnswers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(ApplicationRepository repository, KnockoutAnswerRepository knockoutAnswers,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.knockoutAnswers = knockoutAnswers;
        this.events = events;
        this.clock = clock;
    }

    /** The application with this reference; empty when there is none or its personal data was erased. */
    public Optional<Application> findByReference(ApplicationReference reference) {
        return repository.findByReference(reference.value()).filter(application -> !application.isErased());
    }

    /** The application with this id; empty when there is none or its personal data was erased. */
    public Optional<Application> findById(UUID id) {
        return repository.findById(id).filter(application -> !application.isErased());
    }

    /**
     * Records that the candidate withdrew and publishes {@link CandidateWithdrew}; a repeated request changes
     * nothing.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws ApplicationAlreadyEndedException when the procedure has already ended
     */
    @Transactional
    public void withdraw(ApplicationReference reference) {
        Application application = byReference(reference);
        if (application.withdraw(clock.instant())) {
            events.publishEvent(new CandidateWithdrew(application.getReference()));
        }
    }

    /**
     * Records the candidate's objection to automated processing and publishes {@link CandidateObjected}; a
     * repeated objection changes nothing.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws ApplicationAlreadyEndedException when the procedure has already ended
     */
    @Transactional
    public void objectToAutomatedProcessing(ApplicationReference reference) {
        Application application = byReference(reference);
        if (application.objectToAutomatedProcessing(clock.instant())) {
            events.publishEvent(new CandidateObjected(application.getReference()));
        }
    }

    /**
     * Ends the procedure and publishes {@link ProcedureEnded}. Recording the same outcome again changes nothing,
     * so a retried process step is harmless.
     *
     * @throws UnknownApplicationException when no application has the id
     * @throws ApplicationAlreadyEndedException when the procedure already ended with another outcome
     */
    @Transactional
    public void recordProcedureEnded(UUID applicationId, ProcedureOutcome outcome) {
        Application application = byId(applicationId);
        if (application.outcome().filter(outcome::equals).isPresent()) {
            return;
        }
        application.end(outcome, clock.instant());
        events.publishEvent(new ProcedureEnded(application.getId(), application.getReference(), outcome));
    }

    /**
     * Hands a hired candidate over to onboarding and publishes {@link CandidateHired}, once. If the procedure
     * has not been recorded as ended yet, it ends as {@link ProcedureOutcome#HIRED} (publishing
     * {@link ProcedureEnded} too).
     *
     * @throws UnknownApplicationException when no application has the id
     * @throws ApplicationAlreadyEndedException when the procedure ended with another outcome than hired
     */
    @Transactional
    public void handOverToOnboarding(UUID applicationId) {
        Application application = byId(applicationId);
        boolean endsNow = !application.hasEnded();
        if (!application.handOverToOnboarding(clock.instant())) {
            return;
        }
        if (endsNow) {
            events.publishEvent(new ProcedureEnded(application.getId(), application.getReference(),
                    ProcedureOutcome.HIRED));
        }
        events.publishEvent(new CandidateHired(application.getId(), application.getReference()));
    }

    private Application byReference(ApplicationReference reference) {
        return findByReference(reference).orElseThrow(UnknownApplicationException::new);
    }

    private Application byId(UUID applicationId) {
        return findById(applicationId).orElseThrow(UnknownApplicationException::new);
    }

    /** The candidate's answers to the vacancy's knock-out questions: question id to yes/no. */
    public Map<UUID, Boolean> knockoutAnswers(UUID applicationId) {
        return knockoutAnswers.findByApplicationId(applicationId).stream()
                .collect(Collectors.toUnmodifiableMap(KnockoutAnswer::getQuestionId, KnockoutAnswer::getAnswer));
    }
}
