package nl.werving.applicant;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant module's public service. */
@Service
@Transactional(readOnly = true)
public class Applicants {

    private final ApplicantRepository repository;
    private final Clock clock;

    Applicants(ApplicantRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records a new applicant and returns the id other modules refer to them by. */
    @Transactional
    public UUID register(ApplicantDetails details) {
        Applicant applicant = new Applicant(UUID.randomUUID(), details, clock.instant());
        return repository.save(applicant).getId();
    }

    public Optional<Applicant> findById(UUID id) {
        return repository.findById(id);
    }
}
