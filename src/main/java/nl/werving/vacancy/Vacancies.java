package nl.werving.vacancy;

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

    /** Stops a vacancy from taking further applications. */
    @Transactional
    public void close(UUID id) {
        repository.findById(id).ifPresent(Vacancy::close);
    }
}
