package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.cv.CvFixtures;
import nl.werving.support.HttpTestClient;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Applying with a PDF CV and waiting for the screening review, for the tests of CVs read after intake. */
final class PendingCvPipeline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PendingCvPipeline() {
    }

    /**
     * An open vacancy asking for Java, which the fixture CV has, and a BIG registration, which it lacks (so the
     * application goes to a recruiter whatever its score); no knock-out questions.
     */
    static UUID javaVacancy(Vacancies vacancies) {
        UUID id = vacancies.createDraft("Pending CV vacancy " + UUID.randomUUID(), "Java backend work", null, null)
                .getId();
        vacancies.changeRequirements(id, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), null, null, true, 5),
                new RequirementDraft(null, RequirementKind.CERTIFICATE, "BIG registration", List.of("BIG-registratie"),
                        null, null, true, 2)), List.of()), "hr");
        vacancies.open(id);
        return id;
    }

    /** Applies with {@link CvFixtures#pdf()}, expects 201 and returns the application's reference. */
    static String applyWithPdf(int port, UUID vacancyId) throws Exception {
        HttpResponse<String> response = new HttpTestClient(port).postMultipart("/api/applications",
                new HttpTestClient.Part("application", null, "application/json", """
                        {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                         "fullName":"Sam Pending","email":"sam.pending@example.org"}"""
                        .formatted(vacancyId).getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part("cv", "cv.pdf", "application/pdf", CvFixtures.pdf()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    static Task awaitReview(TaskService taskService, String reference) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                    .taskDefinitionKey("Task_ReviewScreening").singleResult();
            if (task != null) {
                return task;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The screening review did not open within 30 seconds");
    }
}
