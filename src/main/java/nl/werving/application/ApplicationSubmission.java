package nl.werving.application;

import java.time.Clock;
import java.time.Instant;
import nl.werving.applicant.Applicants;
import nl.werving.cv.CvDocuments;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a new application: checks the knock-out answers against the vacancy, stores applicant, application,
 * answers and CV, and announces it, all in one transaction.
 */
@Service
public class ApplicationSubmission {

    private final Vacancies vacancies;
    private final Applicants applicants;
    private final ApplicationRepository applications;
    private final KnockoutAnswerRepository knockoutAnswers;
    private final CvDocuments cvDocuments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationSubmission(Vacancies vacancies, Applicants applicants, ApplicationRepository applications,
            KnockoutAnswerRepository knockoutAnswers, CvDocuments cvDocuments, ApplicationEventPublisher events,
            Clock clock) {
        this.vacancies = vacancies;
        this.applicants = applicants;
        this.applications = applications;
        this.knockoutAnswers = knockoutAnswers;
        this.cvDocuments = cvDocuments;
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
        vacancies.checkKnockoutAnswers(vacancy.getId(), request.knockoutAnswers());
        Instant now = clock.instant();
        var applicantId = applicants.register(request.applicant());
        Application application = applications.save(
                Application.submit(ApplicationReference.random(), vacancy.getId(), applicantId, now));
        request.knockoutAnswers().forEach((questionId, answer) ->
                knockoutAnswers.save(new KnockoutAnswer(application.getId(), questionId, answer)));
        if (request.cv() != null) {
            cvDocuments.store(application.getId(), request.cv());
        }
        events.publishEvent(new ApplicationSubmitted(application.getId(), application.getReference(), vacancy.getId()));
        return application;
    }
}
