package nl.werving.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.werving.applicant.Applicants;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@value #NAME}: the application lets go of its applicant and is marked erased, then the applicant's
 * record (name, e-mail address, phone number, language) is deleted. The application row stays, pseudonymous:
 * reference, vacancy, status, timestamps. The knock-out answers stay too: yes/no answers to the vacancy's questions,
 * with nothing that identifies the person once the applicant is gone.
 */
@Component
class ApplicantDataStore implements PersonalDataStore {

    static final String NAME = "applicant";

    private final ApplicationRepository repository;
    private final Applicants applicants;
    private final Clock clock;

    ApplicantDataStore(ApplicationRepository repository, Applicants applicants, Clock clock) {
        this.repository = repository;
        this.applicants = applicants;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int erase(ErasedApplication erased) {
        Optional<Application> application = repository.findById(erased.applicationId());
        if (application.isEmpty()) {
            return 0;
        }
        Optional<UUID> applicant = application.get().erase(clock.instant());
        repository.saveAndFlush(application.get());
        return applicant.map(applicants::erase).orElse(0);
    }
}
