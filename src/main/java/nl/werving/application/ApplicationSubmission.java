package nl.werving.application;

import java.time.Clock;
import java.time.Instant;
import nl.werving.applicant.Applicants;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes in a new application: stores applicant and application and announces it, all in one transaction. */
@Service
public class ApplicationSubmission {

    private final Vacancies vacancies;
    private final Applicants applicants;
    private final ApplicationRepository applications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationSubmission(Vacancies vacancies, Applicants applicants, ApplicationRepository applications,
            ApplicationEventPublisher events, Clock clock) {
        this.vacancies = vacancies;
        this.applicants = applicants;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Application submit(NewApplication request) {
        Vacancy vacancy = vacancies.findById(request.vacancyId())
                .orElseThrow(() -> new VacancyNotAcceptingApplicationsException(request.vacancyId(), false));
        if (!vacancy.isOpen()) {
            throw new VacancyNotAcceptingApplicationsException(vacancy.getId(), true);
        }
        Instant now = clock.instant();
        var applicantId = applicants.register(request.applicant());
        Application application = applications.save(
                Application.submit(ApplicationReference.random(), vacancy.getId(), applicantId, now));
        events.publishEvent(new ApplicationSubmitted(application.getId(), application.getReference(), vacancy.getId()));
        return application;
    }
}
