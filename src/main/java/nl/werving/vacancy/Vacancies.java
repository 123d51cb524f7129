package nl.werving.vacancy;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The vacancy module's public service: finding and publishing vacancies. */
@Service
@Transactional(readOnly = true)
public class Vacancies {

    private final VacancyRepository repository;
    private final Clock clock;

    Vacancies(VacancyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<Vacancy> findOpen() {
        return repository.findByStatusOrderByCreatedAtAscTitleAsc(VacancyStatus.OPEN);
    }

    public Optional<Vacancy> findById(UUID id) {
        return repository.findById(id);
    }

    /** Creates and opens a vacancy unless one with the same title exists; returns the vacancy either way. */
    @Transactional
    public Vacancy publishIfAbsent(String title, String description) {
        return repository.findFirstByTitle(title).orElseGet(() -> {
                    Vacancy vacancy = Vacancy.draft(title, description, clock.instant());
                    vacancy.open();
                    return repository.save(vacancy);
                });
    }

    /**
     * Sets the salary band of a vacancy; either end may be {@code null} (unknown).
     *
     * @throws UnknownVacancyException when no vacancy has the id
     * @throws IllegalArgumentException when an end is negative, not an amount, or min exceeds max
     */
    @Transactional
    public void setSalaryBand(UUID id, BigDecimal min, BigDecimal max) {
        repository.findById(id).orElseThrow(() -> new UnknownVacancyException(id)).changeSalaryBand(min, max);
    }

    /** Stops a vacancy from taking further applications. */
    @Transactional
    public void close(UUID id) {
        repository.findById(id).ifPresent(Vacancy::close);
    }

    /** The vacancy's current requirements and knock-out questions; none for a vacancy HR has not specified. */
    public VacancyRequirements requirements(UUID vacancyId) {
        return VacancyRequirements.none();
    }

    /**
     * Checks the answers to the vacancy's knock-out questions: every question answered, no unknown question.
     *
     * @throws InvalidKnockoutAnswersException naming each problem
     */
    public void checkKnockoutAnswers(UUID vacancyId, java.util.Map<UUID, Boolean> answers) {
        if (!answers.isEmpty() && requirements(vacancyId).knockoutQuestions().isEmpty()) {
            throw new InvalidKnockoutAnswersException(java.util.List.of(new InvalidKnockoutAnswersException.Problem(
                    "knockoutAnswers", "this vacancy has no knock-out questions")));
        }
    }
}
