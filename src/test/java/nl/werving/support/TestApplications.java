package nl.werving.support;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.NewApplication;
import nl.werving.process.HiringProcess;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

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

    /**
     * Waits (up to 30 seconds) until the application's asynchronous screening step has run, so a test that then
     * changes the process does not race the job executor.
     */
    public static void awaitScreening(RuntimeService runtimeService, ManagementService managementService,
            Application application) {
        String instanceId = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(HiringProcess.PROCESS_KEY)
                        .processInstanceBusinessKey(application.getReference().value()).singleResult().getId();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (managementService.createJobQuery().processInstanceId(instanceId).activityId("Task_ScreenApplication")
                .count() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Screening did not run within 30 seconds");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                throw new AssertionError(exception);
            }
        }
    }
}
