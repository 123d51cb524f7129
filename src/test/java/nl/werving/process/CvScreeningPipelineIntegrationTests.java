package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.cv.CvFixtures;
import nl.werving.screening.MatchStatus;
import nl.werving.screening.RequirementResult;
import nl.werving.screening.ScreeningResult;
import nl.werving.screening.ScreeningResults;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real PDF CV through the public API: screened asynchronously against the vacancy's requirements, stored as a
 * result whose evidence quotes the CV, shown to the recruiter on the review task, and kept out of the process.
 */
@PostgresIntegrationTest
class CvScreeningPipelineIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    ScreeningResults screeningResults;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void aPdfCvIsScreenedWithEvidenceThatTheRecruiterSees() throws Exception {
        UUID vacancyId = javaVacancy();
        HttpTestClient candidate = new HttpTestClient(port);

        HttpResponse<String> response = candidate.postMultipart("/api/applications",
                new HttpTestClient.Part("application", null, "application/json", """
                        {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                         "fullName":"Robin Pipeline","email":"robin@example.org"}"""
                        .formatted(vacancyId).getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part("cv", "cv.pdf", "application/pdf", CvFixtures.pdf()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        UUID applicationId = applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId();
        Task review = awaitReview(reference);

        ScreeningResult result = screeningResults.latest(applicationId).orElseThrow();
        assertThat(result.cvScreened()).isTrue();
        RequirementResult java = result.requirements().stream()
                .filter(requirement -> requirement.label().equals("Java")).findFirst().orElseThrow();
        assertThat(java.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(java.evidence()).isNotEmpty()
                .allSatisfy(evidence -> assertThat(CvFixtures.FIRST_PAGE + " " + CvFixtures.SECOND_PAGE)
                        .contains(evidence.passage().strip().split("\\s+")[0]));
        assertThat(result.mustHaveMissing()).isTrue();
        assertThat(result.reason()).isEqualTo("MUST_HAVE_MISSING");
        assertThat(result.decisionKey()).isEqualTo("ScreeningDecision");
        assertThat(result.decisionVersion()).isNotNull();

        assertThat((String) taskService.getVariableLocal(review.getId(), "screeningEvidence")).contains("Java");
        assertThat(runtimeService.getVariables(review.getProcessInstanceId()).values())
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("Spring Boot")
                        .doesNotContain("Robin"));
        TestUsers.member(identityService, "cvrecruiter", WervingGroups.RECRUITERS);
        JsonNode local = JSON.readTree(candidate.as("cvrecruiter", TestUsers.PASSWORD)
                .get("/engine-rest/task/" + review.getId() + "/localVariables").body());
        assertThat(local.get("screeningEvidence").get("value").asText()).contains("Java");
        assertThat(local.get("applicationReference").get("value").asText()).isEqualTo(reference);

        HttpTestClient recruiter = candidate.as("cvrecruiter", TestUsers.PASSWORD);
        HttpResponse<String> blind = recruiter.get("/review/applications/" + reference + "/cv");
        assertThat(blind.statusCode()).isEqualTo(200);
        assertThat(blind.body()).contains("Blind review").contains("Spring Boot").doesNotContain("Robin");
        assertThat(recruiter.get("/review/applications/" + reference + "/cv/original").headers()
                .firstValue("Content-Type")).hasValue("application/pdf");
        JsonNode screening = JSON.readTree(recruiter.get("/api/applications/" + reference + "/screening").body());
        assertThat(screening.get("result").get("reason").asText()).isEqualTo("MUST_HAVE_MISSING");
        assertThat(screening.get("explanation").get("nl").asText()).isNotBlank();
        assertThat(screening.get("explanation").get("en").asText()).contains("Java");
    }

    @Test
    void onlyReviewersReachTheCvAndTheScreeningResult() {
        TestUsers.member(identityService, "cvhr", WervingGroups.HR);
        HttpTestClient anonymous = new HttpTestClient(port);
        HttpTestClient hr = anonymous.as("cvhr", TestUsers.PASSWORD);
        String path = "/review/applications/V6QHHSN8VXXB3P0KW81VJQP3/cv";

        assertThat(anonymous.get(path).statusCode()).isIn(302, 401);
        assertThat(hr.get(path).statusCode()).isEqualTo(403);
        assertThat(anonymous.get("/api/applications/V6QHHSN8VXXB3P0KW81VJQP3/screening").statusCode()).isEqualTo(401);
        assertThat(hr.get("/api/applications/V6QHHSN8VXXB3P0KW81VJQP3/screening").statusCode()).isEqualTo(403);
        TestUsers.member(identityService, "cvrecruiter", WervingGroups.RECRUITERS);
        assertThat(anonymous.as("cvrecruiter", TestUsers.PASSWORD).get(path).statusCode()).isEqualTo(404);
    }

    private UUID javaVacancy() {
        UUID id = vacancies.createDraft("CV pipeline vacancy " + UUID.randomUUID(), "Java backend work", null, null)
                .getId();
        vacancies.changeRequirements(id, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), null, null, true, 5),
                new RequirementDraft(null, RequirementKind.SKILL, "Spring Boot", List.of("Spring"), null, null, false, 3),
                // A must-have the CV lacks: the application goes to a recruiter, whatever its score.
                new RequirementDraft(null, RequirementKind.CERTIFICATE, "BIG registration", List.of("BIG-registratie"),
                        null, null, true, 2)), List.of()), "hr");
        vacancies.open(id);
        return id;
    }

    private Task awaitReview(String reference) throws InterruptedException {
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
