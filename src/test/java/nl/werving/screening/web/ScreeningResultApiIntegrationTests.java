package nl.werving.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/applications/{reference}/screening} gives the screening evidence, with the CV passages, only to a
 * reviewer with an open task for the application, like the review pages: whoever else asks gets a 403 problem
 * document, also the reviewer once the task is done.
 */
@PostgresIntegrationTest
class ScreeningResultApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECRUITER = "itapirecruiter";
    private static final String MANAGER = "itapimanager";

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void onlyAReviewerWithAnOpenTaskForTheApplicationReadsItsScreening() throws Exception {
        HttpTestClient recruiter = client(RECRUITER, WervingGroups.RECRUITERS);
        HttpTestClient manager = client(MANAGER, WervingGroups.HIRING_MANAGERS);
        HttpTestClient lead = client("itapilead", WervingGroups.TEAM_LEADS);
        HttpTestClient auditor = client("itapiauditor", WervingGroups.AUDITORS);
        HttpTestClient dpo = client("itapidpo", WervingGroups.DPO);
        String reference = applyWithCv();
        JsonNode task = TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening").get(0);
        String path = "/api/applications/" + reference + "/screening";

        HttpResponse<String> allowed = recruiter.get(path);
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(200);
        JsonNode screening = JSON.readTree(allowed.body());
        assertThat(screening.at("/result/reason").asText()).isEqualTo("MUST_HAVE_MISSING");
        assertThat(screening.at("/result/requirements").toString()).contains("passage");
        assertThat(screening.at("/explanation/en").asText()).contains("Java");

        for (HttpTestClient withoutTask : List.of(manager, lead)) {
            assertRefused(withoutTask.get(path), 403);
        }
        for (HttpTestClient notAReviewer : List.of(auditor, dpo)) {
            assertThat(notAReviewer.get(path).statusCode()).isEqualTo(403);
        }

        taskService.setAssignee(task.get("id").asText(), MANAGER);
        assertThat(manager.get(path).statusCode()).as("the task assigned to the manager").isEqualTo(200);
        taskService.setAssignee(task.get("id").asText(), null);

        assertRefused(recruiter.get("/api/applications/0000000000000000000000000A/screening"), 404);
        assertRefused(recruiter.get("/api/applications/NOT-A-REFERENCE/screening"), 404);

        TasklistRest.complete(recruiter, RECRUITER, reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));

        assertRefused(recruiter.get(path), 403);
    }

    private static void assertRefused(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("passage").doesNotContain("MUST_HAVE_MISSING");
    }

    private HttpTestClient client(String user, String group) {
        return new HttpTestClient(port).as(TestUsers.member(identityService, user, group), TestUsers.PASSWORD);
    }

    private String applyWithCv() throws Exception {
        return TestApplications.applyWithCvToJavaVacancy(vacancies, port, "Screening API vacancy", "Robin Screening");
    }
}
