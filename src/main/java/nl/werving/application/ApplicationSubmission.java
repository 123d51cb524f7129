package nl.werving.application;

import nl.werving.consent.Consents;
import nl.werving.consent.PrivacyNotices;
import nl.werving.consent.UnknownPrivacyNoticeVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werving.applicant.Applicants;
import nl.werving.cv.CvDocuments;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in a new application: checks the knock-out answers against the vacancy and the privacy notice version,
 * stores applicant, application, answers, CV and the acknowledgement of the notice, and announces it, all in one
 * transaction.
 */
@Service
public class ApplicationSubmission {

    private final Vacancies vacancies;
    private final Applicants applicants;
    private final ApplicationRepository applications;
    private final KnockoutAnswerRepository knockoutAnswers;
    private final CvDocuments cvDocuments;
    private final PrivacyNotices privacyNotices;
    private final Consents consents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxPerApplicantPerVacancy;

    ApplicationSubmission(Vacancies vacancies, Applicants applicants, ApplicationRepository applications,
            KnockoutAnswerRepository knockoutAnswers, CvDocuments cvDocuments, PrivacyNotices privacyNotices,
            Consents consents, ApplicationEventPublisher events, Clock clock,
            @Value("${werving.applications.max-per-applicant-per-vacancy:3}") int maxPerApplicantPerVacancy) {
        if (maxPerApplicantPerVacancy < 1) {
            throw new IllegalArgumentException("werving.applications.max-per-applicant-per-vacancy must be at least 1");
        }
        this.maxPerApplicantPerVacancy = maxPerApplicantPerVacancy;
        this.vacancies = vacancies;
        this.applicants = applicants;
        this.applications = applications;
        this.knockoutAnswers = knockoutAnswers;
        this.cvDocuments = cvDocuments;
        this.privacyNotices = privacyNotices;
        this.consents = consents;
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
        int requirementsVersion = vacancies.checkKnockoutAnswers(vacancy.getId(), request.knockoutAnswers());
        String noticeVersion = request.privacyNoticeVersion();
        if (noticeVersion == null || !privacyNotices.isPublished(noticeVersion)) {
            throw new UnknownPrivacyNoticeVersionException(noticeVersion);
        }
        List<UUID> sameAddress = applicants.idsByEmail(request.applicant().email());
        if (!sameAddress.isEmpty() && applications.countByVacancyIdAndApplicantIdIn(vacancy.getId(), sameAddress)
                >= maxPerApplicantPerVacancy) {
            throw new TooManyApplicationsException(maxPerApplicantPerVacancy);
        }
        Instant now = clock.instant();
        var applicantId = applicants.register(request.applicant());
        Application application = applications.save(
                Application.submit(ApplicationReference.random(), vacancy.getId(), applicantId, requirementsVersion,
                        now));
        request.knockoutAnswers().forEach((questionId, answer) ->
                knockoutAnswers.save(new KnockoutAnswer(application.getId(), questionId, answer)));
        if (request.cv() != null) {
            cvDocuments.store(application.getId(), request.cv());
        }
        consents.acknowledgeNotice(application.getId(), noticeVersion);
        events.publishEvent(new ApplicationSubmitted(application.getId(), application.getReference(), vacancy.getId()));
        return application;
    }
}
