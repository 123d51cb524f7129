package nl.werving.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.screening.RequirementResult;
import nl.werving.screening.ScreeningResults;
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
 * The screening evidence behind the review task: the CV passages reach the recruiter on a logged-in page linked from
 * the form, never through a task or process variable, and only a reviewer with an open task for the application
 * opens that page or the CV.
 */
@PostgresIntegrationTest
class ScreeningEvidencePageIntegrationTests {

    private static final String RECRUITER = "itevrecruiter";

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    ScreeningResults screeningResults;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void theReviewerWithTheTaskReadsThePassagesOnThePageAndTheTaskHoldsNone() throws Exception {
        HttpTestClient recruiter = new HttpTestClient(port).as(TestUsers.member(identityService, RECRUITER,
                WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        String reference = applyWithCv();
        JsonNode task = TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening").get(0);
        UUID applicationId = applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId();
        RequirementResult java = screeningResults.latest(applicationId).orElseThrow().requirements().stream()
                .filter(requirement -> requirement.label().equals("Java")).findFirst().orElseThrow();
        String passage = java.evidence().get(0).passage();

        HttpResponse<String> page = recruiter.get("/review/applications/" + reference + "/screening");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\"", "Screening evidence of application " + reference,
                "MUST_HAVE_MISSING", "ScreeningDecision", "<caption>Each requirement", "<th scope=\"col\">",
                "BIG registration", "not found", "/review/applications/" + reference + "/cv",
                "What the candidate is told on request")
                .contains(firstWords(passage)).doesNotContain("Robin").doesNotContain("robin.evidence@example.org");
        Map<String, Object> local = taskService.getVariablesLocal(task.get("id").asText());
        assertThat(local.get("screeningEvidence").toString()).contains("Java").contains("BIG registration")
                .doesNotContain(firstWords(passage));
        assertThat(local).containsEntry("applicationReference", reference);
        assertThat(taskService.getVariables(task.get("id").asText()).values()).allSatisfy(value ->
                assertThat(String.valueOf(value)).doesNotContain(firstWords(passage)));
    }

    @Test
    void onlyAReviewerWithAnOpenTaskForTheApplicationOpensItsEvidenceOrCv() throws Exception {
        HttpTestClient recruiter = new HttpTestClient(port).as(TestUsers.member(identityService, RECRUITER,
                WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        HttpTestClient manager = new HttpTestClient(port).as(TestUsers.member(identityService, "itevmanager",
                WervingGroups.HIRING_MANAGERS), TestUsers.PASSWORD);
        HttpTestClient lead = new HttpTestClient(port).as(TestUsers.member(identityService, "itevlead",
                WervingGroups.TEAM_LEADS), TestUsers.PASSWORD);
        String reference = applyWithCv();
        TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        List<String> pages = List.of("/review/applications/" + reference + "/screening",
                "/review/applications/" + reference + "/cv", "/review/applications/" + reference + "/cv/original");

        for (String page : pages) {
            assertThat(recruiter.get(page).statusCode()).as(page).isEqualTo(200);
            assertThat(manager.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(lead.get(page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(recruiter.get("/review/applications/NOT-A-REFERENCE/screening").statusCode()).isEqualTo(404);

        TasklistRest.complete(recruiter, RECRUITER, reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));

        assertThat(recruiter.get(pages.get(0)).statusCode()).as("no open task any more").isEqualTo(403);
    }

    private String applyWithCv() throws Exception {
        return TestApplications.applyWithCvToJavaVacancy(vacancies, port, "Evidence page vacancy", "Robin Evidence");
    }

    /** The passage's first words, free of characters HTML escapes. */
    private static String firstWords(String passage) {
        String words = passage.replaceAll("[^\\p{L}\\p{N} ]", " ").strip().split("\\s{2,}")[0];
        return words.length() > 30 ? words.substring(0, 30) : words;
    }
}
