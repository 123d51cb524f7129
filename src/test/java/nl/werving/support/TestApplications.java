package nl.werving.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.NewApplication;
import nl.werving.cv.CvFixtures;
import nl.werving.process.HiringProcess;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/** Submits applications for integration tests, each starting its hiring process like a real one. */
public final class TestApplications {

    public static final String VACANCY_TITLE = "Integration test vacancy";

    /** The privacy notice version Werving publishes by default ({@code werving.privacy.notice-version}). */
    public static final String PRIVACY_NOTICE_VERSION = "2026-11";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestApplications() {
    }

    /** A new application for the shared integration test vacancy. */
    public static Application submit(ApplicationSubmission submission, Vacancies vacancies) {
        return submit(submission, vacancies.publishIfAbsent(VACANCY_TITLE, "A vacancy for the API tests").getId());
    }

    /** A new application for the given open vacancy. */
    public static Application submit(ApplicationSubmission submission, UUID vacancyId) {
        return submission.submit(new NewApplication(vacancyId,
                new ApplicantDetails("Test Applicant", "applicant@example.org", null, Language.EN),
                PRIVACY_NOTICE_VERSION));
    }

    /**
     * Applies through the HTTP API with the fixture PDF CV to a new open vacancy that asks for Java and a BIG
     * registration (both must-haves, so screening recommends a review), and returns the application's reference.
     */
    public static String applyWithCvToJavaVacancy(Vacancies vacancies, int port, String vacancyTitle,
            String fullName) throws Exception {
        UUID vacancyId = vacancies.createDraft(vacancyTitle + " " + UUID.randomUUID(), "Java backend work", null, null)
                .getId();
        vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), null, null, true, 5),
                new RequirementDraft(null, RequirementKind.CERTIFICATE, "BIG registration",
                        List.of("BIG-registratie"), null, null, true, 2)), List.of()), "hr");
        vacancies.open(vacancyId);
        String email = fullName.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.org";
        HttpResponse<String> response = new HttpTestClient(port).postMultipart("/api/applications",
                new HttpTestClient.Part("application", null, "application/json", """
                        {"vacancyId":"%s","privacyNoticeVersion":"2026-11","fullName":"%s","email":"%s"}"""
                        .formatted(vacancyId, fullName, email).getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part("cv", "cv.pdf", "application/pdf", CvFixtures.pdf()));
        if (response.statusCode() != 201) {
            throw new AssertionError("Application refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("reference").asText();
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
