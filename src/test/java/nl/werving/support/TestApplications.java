package nl.werving.support;

import java.util.UUID;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.NewApplication;
import nl.werving.vacancy.Vacancies;

/** Submits applications for integration tests, each starting its hiring process like a real one. */
public final class TestApplications {

    public static final String VACANCY_TITLE = "Integration test vacancy";

    private TestApplications() {
    }

    /** A new application for the shared integration test vacancy. */
    public static Application submit(ApplicationSubmission submission, Vacancies vacancies) {
        return submit(submission, vacancies.publishIfAbsent(VACANCY_TITLE, "A vacancy for the API tests").getId());
    }

    /** A new application for the given open vacancy. */
    public static Application submit(ApplicationSubmission submission, UUID vacancyId) {
        return submission.submit(new NewApplication(vacancyId,
                new ApplicantDetails("Test Applicant", "applicant@example.org", null, Language.EN)));
    }
}
