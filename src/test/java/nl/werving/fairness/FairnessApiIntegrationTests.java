package nl.werving.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.consent.ConsentChannel;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The fairness report and the screening decision impact preview over a fixture of 16 applications of one vacancy
 * (the default minimum group size of 5 applies):
 * <pre>
 * women (6): scores 60 65 69 70 85 55 -> advance for 70 and 85
 * men   (6): scores 72 75 80 90 64 50 -> advance for 72 75 80 90
 * no survey answer (4): not scored; knock-out failed (65); must-have missing (62); automation off (75)
 * </pre>
 * Applications recommended to advance are running (pending at the assessment); the others were rejected.
 */
@PostgresIntegrationTest
class FairnessApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XML = "application/xml";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DiversitySurvey survey;

    private HttpTestClient anonymous;
    private HttpTestClient auditor;
    private HttpTestClient dpo;
    private HttpTestClient hr;
    private HttpTestClient recruiter;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        auditor = anonymous.as(TestUsers.member(identityService, "itauditor", WervingGroups.AUDITORS),
                TestUsers.PASSWORD);
        dpo = anonymous.as(TestUsers.member(identityService, "itdpo", WervingGroups.DPO), TestUsers.PASSWORD);
        hr = anonymous.as(TestUsers.member(identityService, "ithr", WervingGroups.HR), TestUsers.PASSWORD);
        recruiter = anonymous.as(TestUsers.member(identityService, "itrecruiter", WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
        vacancyId = vacancies.publishIfAbsent("Fairness test vacancy " + UUID.randomUUID(), "Fairness tests").getId();
        for (int score : new int[] {60, 65, 69, 70, 85, 55}) {
            application("female", score, false, false, null);
        }
        for (int score : new int[] {72, 75, 80, 90, 64, 50}) {
            application("male", score, false, false, null);
        }
        application(null, null, false, false, null);
        application(null, 65, true, false, null);
        application(null, 62, false, true, null);
        application(null, 75, false, false, "AUTOMATION_OFF");
    }

    @Test
    void auditorsAndTheDpoReadTheReportAndEveryReadIsLogged() throws Exception {
        HttpResponse<String> response = auditor.get(reportPath(""));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("applications").asInt()).isEqualTo(16);
        assertThat(report.get("surveyAnswered").asInt()).isEqualTo(12);
        JsonNode screening = report.get("stages").get(0);
        assertThat(screening.get("stage").asText()).isEqualTo("SCREENING");
        assertThat(screening.get("applicants").asInt()).isEqualTo(16);
        assertThat(screening.get("selected").asInt()).isEqualTo(6);
        JsonNode bySex = screening.get("tables").get(0);
        assertThat(bySex.get("dimension").asText()).isEqualTo("sex");
        assertThat(bySex.get("unknown").asInt()).isEqualTo(4);
        assertThat(bySex.get("referenceGroup").asText()).isEqualTo("male");
        JsonNode women = bySex.get("groups").get(0);
        assertThat(women.get("group").asText()).isEqualTo("female");
        assertThat(women.get("rate").asDouble()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(women.get("impactRatio").asDouble()).isCloseTo((2.0 / 6) / (4.0 / 6), within(1e-12));
        assertThat(women.get("belowFourFifths").asBoolean()).isTrue();
        assertThat(bySex.get("groups").get(2).get("suppressed").asBoolean()).isTrue(); // non-binary: nobody
        JsonNode assessment = report.get("stages").get(1);
        assertThat(assessment.get("entered").asInt()).isEqualTo(6);
        assertThat(assessment.get("pending").asInt()).isEqualTo(6);
        // Scores sorted: 50 55 60 62 64 65 65 69 70 72 75 75 80 85 90, median 69.
        assertThat(report.get("scoring").get("scored").asInt()).isEqualTo(15);
        assertThat(report.get("scoring").get("median").asDouble()).isEqualTo(69.0);
        assertThat(response.body()).doesNotContain("Fairness Applicant");

        assertThat(dpo.get(reportPath("")).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_read_log where user_id = 'itauditor' "
                + "and what = 'fairness-report' and parameters like ?", Integer.class, "%" + vacancyId + "%"))
                .isEqualTo(1);
    }

    @Test
    void theReportComesAsCsvOnRequest() {
        HttpResponse<String> byAccept = auditor.get(reportPath(""), "Accept", "text/csv");
        HttpResponse<String> byParameter = auditor.get(reportPath("&format=csv"));

        assertThat(byAccept.statusCode()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(byAccept.body()).startsWith("kind,stage,dimension,group,suppressed,applicants,selected,rate,");
        assertThat(byAccept.body()).contains("stage,SCREENING,\"sex\",\"female\",false,6,2,0.3333333333333333,0.5,true,4,\"male\"");
        assertThat(byParameter.body()).isEqualTo(byAccept.body());
    }

    @Test
    void onlyAuditorsAndTheDpoMayReadTheReport() {
        assertThat(anonymous.get(reportPath("")).statusCode()).isEqualTo(401);
        assertThat(recruiter.get(reportPath("")).statusCode()).isEqualTo(403);
        assertThat(hr.get(reportPath("")).statusCode()).isEqualTo(403);
    }

    @Test
    void badParametersAreProblems() throws Exception {
        HttpResponse<String> backwards = auditor.get("/api/fairness?from=2026-02-01&to=2026-01-01");
        HttpResponse<String> notADate = auditor.get("/api/fairness?from=yesterday");
        HttpResponse<String> unknownFormat = auditor.get("/api/fairness?format=xml");

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(backwards.body()).get("detail").asText()).contains("'from' must not be after 'to'");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(unknownFormat.statusCode()).isEqualTo(400);
    }

    @Test
    void loweringTheThresholdTo60ChangesExactlyTheScoresFrom60To69() throws Exception {
        String candidate = shippedScreeningDecision().replace("&gt;= 70", "&gt;= 60");

        HttpResponse<String> response = hr.post(impactPath(6), XML, candidate);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode impact = JSON.readTree(response.body());
        assertThat(impact.get("stage").asText()).isEqualTo("SCREENING");
        assertThat(impact.get("replayed").asInt()).isEqualTo(16);
        assertThat(impact.get("storedDiffersFromCurrent").asInt()).isZero();
        // 60, 65, 69 (women) and 64 (man); the 65 with a failed knock-out and the 62 without a must-have stay.
        assertThat(impact.get("changed").asInt()).isEqualTo(4);
        assertThat(impact.get("changes")).hasSize(1);
        assertThat(impact.get("changes").get(0).get("from").asText()).isEqualTo("review");
        assertThat(impact.get("changes").get(0).get("to").asText()).isEqualTo("advance");
        assertThat(impact.get("changes").get(0).get("count").asInt()).isEqualTo(4);
        JsonNode bySex = impact.get("groups").get(0);
        assertThat(bySex.get("currentReference").asText()).isEqualTo("male");
        assertThat(bySex.get("candidateReference").asText()).isEqualTo("female"); // a tie at 5/6: the first
        JsonNode women = bySex.get("groups").get(0);
        assertThat(women.get("changed").asInt()).isEqualTo(3);
        assertThat(women.get("currentRate").asDouble()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(women.get("candidateRate").asDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(women.get("currentImpactRatio").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(women.get("candidateImpactRatio").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(women.get("currentBelowFourFifths").asBoolean()).isTrue();
        assertThat(women.get("candidateBelowFourFifths").asBoolean()).isFalse();
        assertThat(bySex.get("groups").get(1).get("changed").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_read_log where user_id = 'ithr' "
                + "and what = 'screening-decision-impact'", Integer.class)).isPositive();
    }

    @Test
    void theUnchangedTableChangesNothingAndAuditorsMayPreviewToo() throws Exception {
        HttpResponse<String> response = auditor.post(impactPath(6), XML, shippedScreeningDecision());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("changed").asInt()).isZero();
    }

    @Test
    void aTableThatCannotBeParsedIsAProblemNamingTheError() throws Exception {
        HttpResponse<String> broken = hr.post(impactPath(6), XML, "<definitions><decision id=\"ScreeningDecision\">");
        HttpResponse<String> otherKey = hr.post(impactPath(6), XML,
                shippedScreeningDecision().replace("id=\"ScreeningDecision\"", "id=\"SomethingElse\""));
        HttpResponse<String> script = hr.post(impactPath(6), XML, shippedScreeningDecision()
                .replace("<inputExpression id=\"InputExpression_ScreeningScore\" typeRef=\"integer\">",
                        "<inputExpression id=\"InputExpression_ScreeningScore\" typeRef=\"integer\" "
                                + "expressionLanguage=\"groovy\">"));

        for (HttpResponse<String> response : List.of(broken, otherKey, script)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("title").asText()).isEqualTo("Invalid decision table");
            assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception:");
        }
        assertThat(JSON.readTree(broken.body()).get("detail").asText()).startsWith("The candidate table cannot be parsed");
        assertThat(JSON.readTree(otherKey.body()).get("detail").asText()).contains("ScreeningDecision");
        assertThat(JSON.readTree(script.body()).get("detail").asText()).contains("groovy");
    }

    @Test
    void onlyHrAndAuditorsMayPreviewAndMonthsAreBounded() {
        String table = shippedScreeningDecision();

        assertThat(anonymous.post(impactPath(6), XML, table).statusCode()).isEqualTo(401);
        assertThat(recruiter.post(impactPath(6), XML, table).statusCode()).isEqualTo(403);
        assertThat(dpo.post(impactPath(6), XML, table).statusCode()).isEqualTo(403);
        assertThat(hr.post(impactPath(0), XML, table).statusCode()).isEqualTo(400);
        assertThat(hr.post(impactPath(25), XML, table).statusCode()).isEqualTo(400);
    }

    @Test
    void bothEndpointsAreInTheOpenApiDocument() {
        HttpResponse<String> document = auditor.get("/v3/api-docs");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"/api/fairness\"").contains("\"/api/decision-impact/screening\"");
    }

    private String reportPath(String more) {
        LocalDate today = LocalDate.now();
        return "/api/fairness?vacancyId=" + vacancyId + "&from=" + today.minusDays(2) + "&to=" + today.plusDays(2)
                + more;
    }

    private String impactPath(int months) {
        return "/api/decision-impact/screening?vacancyId=" + vacancyId + "&months=" + months;
    }

    private static String shippedScreeningDecision() {
        try {
            return Files.readString(Path.of("processes/ScreeningDecision.dmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An application with its applicant, its latest screening (the recommendation the shipped table gives) and
     * the survey answer, if any. */
    private void application(String sex, Integer score, boolean knockoutFailed, boolean mustHaveMissing,
            String reason) {
        UUID applicantId = UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        Instant now = Instant.now();
        String recommendation;
        String why;
        if ("AUTOMATION_OFF".equals(reason)) {
            recommendation = "review";
            why = reason;
        } else if (knockoutFailed) {
            recommendation = "reject";
            why = "KNOCKOUT_FAILED";
        } else if (mustHaveMissing) {
            recommendation = "review";
            why = "MUST_HAVE_MISSING";
        } else if (score == null) {
            recommendation = "review";
            why = "NOT_SCORED";
        } else {
            recommendation = score >= 70 ? "advance" : "review";
            why = score >= 70 ? "SCORE_AT_OR_ABOVE_THRESHOLD" : "SCORE_BELOW_THRESHOLD";
        }
        jdbc.update("insert into applicant (id, full_name, email, email_key, preferred_language, created_at) "
                + "values (?, 'Fairness Applicant', 'fairness@example.org', 'fairness@example.org', 'en', ?)",
                applicantId, Timestamp.from(now));
        jdbc.update("insert into application (id, reference, vacancy_id, applicant_id, status, submitted_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", applicationId,
                UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase(), vacancyId, applicantId,
                "advance".equals(recommendation) ? "SUBMITTED" : "REJECTED", Timestamp.from(now), Timestamp.from(now));
        jdbc.update("insert into screening_result (id, application_id, vacancy_id, sequence_number, "
                + "requirements_version, cv_screened, score, must_have_missing, knockout_failed, decision_key, "
                + "decision_version, recommendation, reason, screened_at, decided_at) "
                + "values (?, ?, ?, 1, 1, ?, ?, ?, ?, 'ScreeningDecision', 1, ?, ?, ?, ?)", UUID.randomUUID(),
                applicationId, vacancyId, score != null, score, mustHaveMissing, knockoutFailed, recommendation, why,
                Timestamp.from(now.minus(1, ChronoUnit.HOURS)), Timestamp.from(now.minus(1, ChronoUnit.HOURS)));
        if (sex != null) {
            survey.consent(applicationId, ConsentChannel.CANDIDATE_LINK);
            survey.record(applicationId, Map.of("sex", sex, "age-band", Dimension.PREFER_NOT_TO_SAY));
        }
    }
}
