package nl.werving.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.support.HttpTestClient;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo mode's simulated assessment provider delivers a signed result through the real webhook. Shares the
 * application context of DemoModeSmokeIntegrationTests (same configuration), and adds no vacancies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:werving-demo-smoke;DB_CLOSE_DELAY=-1")
class DemoAssessmentProviderIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    AssessmentInvitations invitations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoCandidatePicksAScoreAndTheSimulatedProviderDeliversItSigned() throws Exception {
        HttpTestClient candidate = new HttpTestClient(port);
        String reference = invitedDemoCandidate(candidate);
        String invitationUrl = jdbc.queryForObject("select invitation_url from assessment where reference = ?",
                String.class, reference);
        assertThat(invitationUrl).contains("/demo/assessment-provider?reference=" + reference + "&callback=");

        HttpResponse<String> page = candidate.get("/demo/assessment-provider?reference=" + reference);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Demo assessment provider").contains("value=\"" + reference + "\"")
                .contains("never analyses faces");
        HttpResponse<String> delivered = candidate.post("/demo/assessment-provider",
                "application/x-www-form-urlencoded",
                form(Map.of("_csrf", csrfToken(page.body()), "reference", reference, "score", "83",
                        "completed", "true")));

        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(delivered.body()).contains("HTTP 202");
        assertThat(jdbc.queryForMap("select status, score, completed from assessment where reference = ?", reference))
                .containsEntry("STATUS", "RESULT_RECEIVED").containsEntry("SCORE", 83).containsEntry("COMPLETED", true);
    }

    @Test
    void theSimulatedProviderNeedsTheCsrfToken() {
        HttpTestClient candidate = new HttpTestClient(port);
        String reference = invitedDemoCandidate(candidate);
        candidate.get("/demo/assessment-provider?reference=" + reference);

        HttpResponse<String> forged = candidate.post("/demo/assessment-provider", "application/x-www-form-urlencoded",
                form(Map.of("reference", reference, "score", "100", "completed", "true")));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select status from assessment where reference = ?", String.class, reference))
                .isEqualTo("INVITED");
    }

    @Test
    void aScoreOutsideTheRangeIsNotDelivered() {
        HttpTestClient candidate = new HttpTestClient(port);
        String reference = invitedDemoCandidate(candidate);
        HttpResponse<String> page = candidate.get("/demo/assessment-provider?reference=" + reference);

        HttpResponse<String> response = candidate.post("/demo/assessment-provider", "application/x-www-form-urlencoded",
                form(Map.of("_csrf", csrfToken(page.body()), "reference", reference, "score", "101")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select status from assessment where reference = ?", String.class, reference))
                .isEqualTo("INVITED");
    }

    private String invitedDemoCandidate(HttpTestClient client) {
        UUID demoVacancy = vacancies.findOpen().get(0).getId();
        try {
            String answers = JSON.writeValueAsString(vacancies.requirements(demoVacancy).knockoutQuestions().stream()
                    .collect(Collectors.toMap(KnockoutQuestion::id, KnockoutQuestion::requiredAnswer)));
            HttpResponse<String> response = client.postJson("/api/applications", """
                    {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                     "fullName":"Demo Candidate","email":"demo.candidate@example.org",\
                    "knockoutAnswers":%s}""".formatted(demoVacancy, answers));
            assertThat(response.statusCode()).isEqualTo(201);
            String reference = JSON.readTree(response.body()).get("reference").asText();
            invitations.invite(applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId());
            return reference;
        } catch (Exception exception) {
            throw new AssertionError(exception);
        }
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .reduce((left, right) -> left + "&" + right)
                .orElse("");
    }
}
