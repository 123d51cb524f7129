package nl.werving.applicant;

import java.time.Clock;
import java.util.List;
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

    /**
     * Replaces the applicant's name, e-mail address, phone number and language with corrected ones (GDPR Art. 16);
     * returns whether the applicant exists.
     */
    @Transactional
    public boolean correct(UUID id, ApplicantDetails details) {
        Optional<Applicant> applicant = repository.findById(id);
        applicant.ifPresent(found -> found.correct(details));
        return applicant.isPresent();
    }

    /** The applicants who gave this e-mail address, in any case. */
    public List<UUID> idsByEmail(String email) {
        return repository.findIdsByEmailKey(Applicant.emailKey(email));
    }

    /** The applicant with this id; empty when there is none (erased, or a null id). */
    public Optional<Applicant> findById(UUID id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    /**
     * Deletes the applicant's record: name, e-mail address, phone number and language (erasure, GDPR art. 17).
     * Called by the application module once no application refers to the applicant any more.
     *
     * @return 1 when a record was deleted, 0 when there was none
     */
    @Transactional
    public int erase(UUID id) {
        return repository.deleteApplicant(id);
    }
}
