package nl.werving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit API on PostgreSQL. Each test runs an application of its own vacancy through screening: the candidate
 * fails the vacancy's one knock-out question, so the screening decision recommends rejection, and a recruiter
 * overrides it and advances the candidate, giving a reason.
 */
@PostgresIntegrationTest
class AuditApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECRUITER = "itaudrecruiter";
    private static final String AUDITOR = "itaudauditor";
    private static final String REASON = "Permit application is under way";
    private static final String EMAIL = "audit-candidate@example.org";
    private static final String NAME = "Audrey Trailing";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient anonymous;
    private HttpTestClient auditor;
    private HttpTestClient dpo;
    private HttpTestClient recruiter;
    private HttpTestClient hr;
    private HttpTestClient manager;
    private UUID vacancyId;
    private UUID permit;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        auditor = anonymous.as(TestUsers.member(identityService, AUDITOR, WervingGroups.AUDITORS), TestUsers.PASSWORD);
        dpo = anonymous.as(TestUsers.member(identityService, "itauddpo", WervingGroups.DPO), TestUsers.PASSWORD);
        recruiter = anonymous.as(TestUsers.member(identityService, RECRUITER, WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
        hr = anonymous.as(TestUsers.member(identityService, "itaudhr", WervingGroups.HR), TestUsers.PASSWORD);
        manager = anonymous.as(TestUsers.member(identityService, "itaudmanager", WervingGroups.HIRING_MANAGERS),
                TestUsers.PASSWORD);
        vacancyId = vacancies.createDraft("Audit test vacancy " + UUID.randomUUID(), "Drives a van", null, null)
                .getId();
        permit = vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(), List.of(
                new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true))), "itaudhr")
                .knockoutQuestions().get(0).id();
        vacancies.open(vacancyId);
    }

    @Test
    void theTimelineOfAReviewedApplicationHoldsEveryStepInTimeOrderAndNoPersonalDetails() throws Exception {
        String reference = applyAndOverride();

        HttpResponse<String> response = auditor.get("/api/applications/" + reference + "/timeline");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(EMAIL).doesNotContain(NAME);
        JsonNode timeline = JSON.readTree(response.body());
        assertThat(timeline.get("reference").asText()).isEqualTo(reference);
        assertThat(timeline.get("erased").asBoolean()).isFalse();
        List<JsonNode> entries = list(timeline.get("entries"));
        List<Instant> times = entries.stream().map(entry -> Instant.parse(entry.get("at").asText())).toList();
        assertThat(times).as("oldest first").isSorted();
        assertThat(entries).anySatisfy(entry -> assertThat(entry.get("event").asText())
                .isEqualTo("application-submitted"));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("event").asText()).isEqualTo("process-started");
            assertThat(entry.at("/details/process").asText()).isEqualTo("HiringProcess");
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("event").asText()).isEqualTo("automated-recommendation");
            assertThat(entry.at("/details/decisionKey").asText()).isEqualTo("ScreeningDecision");
            assertThat(entry.at("/details/decisionVersion").asInt()).isPositive();
            assertThat(entry.at("/details/matchedRules/0").asText()).isEqualTo("Rule_KnockoutFailed");
        });
        JsonNode created = single(entries, "task-created", "Task_ReviewScreening");
        assertThat(list(created.at("/details/candidateGroups"))).extracting(JsonNode::asText)
                .contains(WervingGroups.RECRUITERS);
        JsonNode claimed = single(entries, "task-claimed", "Task_ReviewScreening");
        assertThat(claimed.at("/details/assignee").asText()).isEqualTo(RECRUITER);
        JsonNode completed = single(entries, "task-completed", "Task_ReviewScreening");
        assertThat(completed.at("/details/assignee").asText()).isEqualTo(RECRUITER);
        assertThat(Instant.parse(completed.get("at").asText())).isAfterOrEqualTo(Instant.parse(
                claimed.get("at").asText())).isAfterOrEqualTo(Instant.parse(created.get("at").asText()));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("event").asText()).isEqualTo("human-decision");
            assertThat(entry.at("/details/stage").asText()).isEqualTo("SCREENING_REVIEW");
            assertThat(entry.at("/details/recommendationShown").asText()).isEqualTo("reject");
            assertThat(entry.at("/details/decision").asText()).isEqualTo("advance");
            assertThat(entry.at("/details/override").asBoolean()).isTrue();
            assertThat(entry.at("/details/reason").asText()).isEqualTo(REASON);
            assertThat(entry.at("/details/decidedBy").asText()).isEqualTo(RECRUITER);
        });
        assertThat(entries).anySatisfy(entry -> {
            // The tests' mail sender does not run on its own, so the mail is queued (type and status, no content).
            assertThat(entry.get("event").asText()).isEqualTo("mail-queued");
            assertThat(entry.at("/details/type").asText()).isEqualTo("APPLICATION_RECEIVED");
            assertThat(entry.at("/details/recipientKind").asText()).isEqualTo("CANDIDATE");
            assertThat(entry.at("/details/status").asText()).isNotBlank();
            assertThat(entry.get("details").has("recipient")).isFalse();
        });
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("event").asText()).isEqualTo("consent-given");
            assertThat(entry.at("/details/purpose").asText()).isEqualTo("APPLICATION_PROCESSING");
            assertThat(entry.at("/details/noticeVersion").asText()).isEqualTo("2026-11");
        });

        HttpResponse<String> csv = auditor.get("/api/applications/" + reference + "/timeline?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith("reference,at,source,event,details\r\n").contains("\"task-completed\"")
                .doesNotContain(EMAIL);
        assertThat(auditor.get("/api/applications/" + reference + "/timeline", "Accept", "text/csv").body())
                .startsWith("reference,at,source,event,details");
        HttpResponse<String> pdf = auditor.get("/api/applications/" + reference + "/timeline?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void theDecisionRecordsLinkTheEngineDecisionTheScreeningResultAndTheOverride() throws Exception {
        String reference = applyAndOverride();

        HttpResponse<String> response = dpo.get("/api/applications/" + reference + "/decisions");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> decisions = list(JSON.readTree(response.body()).get("decisions"));
        assertThat(decisions).extracting(decision -> decision.get("source").asText())
                .contains("engine", "screening_result", "human_decision");
        JsonNode engine = decisions.stream().filter(decision -> decision.get("source").asText().equals("engine")
                && decision.get("decisionKey").asText().equals("ScreeningDecision")).findFirst().orElseThrow();
        assertThat(engine.get("kind").asText()).isEqualTo("AUTOMATED");
        assertThat(engine.get("deploymentId").asText()).isNotBlank();
        assertThat(engine.at("/outputs/recommendation").asText()).isEqualTo("reject");
        assertThat(engine.get("inputs").toString()).contains("true");
        JsonNode screening = decisions.stream().filter(decision -> decision.get("source").asText()
                .equals("screening_result")).findFirst().orElseThrow();
        assertThat(screening.get("decisionVersion").asInt()).isEqualTo(engine.get("decisionVersion").asInt());
        assertThat(screening.at("/inputs/knockoutFailed").asBoolean()).isTrue();
        JsonNode human = decisions.get(decisions.size() - 1);
        assertThat(human.get("kind").asText()).isEqualTo("HUMAN");
        assertThat(human.get("override").asBoolean()).isTrue();
        assertThat(human.get("decidedBy").asText()).isEqualTo(RECRUITER);
    }

    @Test
    void theOverrideShowsInTheOversightMetricsOfItsReviewer() throws Exception {
        applyAndOverride();

        HttpResponse<String> response = auditor.get("/api/oversight?vacancyId=" + vacancyId);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("quickReviewSeconds").asLong()).isEqualTo(60);
        assertThat(list(report.get("rows"))).singleElement().satisfies(row -> {
            assertThat(row.get("reviewer").asText()).isEqualTo(RECRUITER);
            assertThat(row.get("stage").asText()).isEqualTo("SCREENING_REVIEW");
            assertThat(row.get("reviews").asInt()).isEqualTo(1);
            assertThat(row.get("overridden").asInt()).isEqualTo(1);
            assertThat(row.get("overrideShare").asDouble()).isGreaterThan(0);
            assertThat(row.get("timedReviews").asInt()).isEqualTo(1);
            assertThat(row.get("medianReviewSeconds").isNumber()).isTrue();
            assertThat(row.get("rubberStamping").asBoolean()).isFalse();
        });
        assertThat(auditor.get("/api/oversight?thresholdSeconds=0").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAuditorsAndTheDpoReadAndNobodyWrites() throws Exception {
        String reference = applyAndOverride();
        String timeline = "/api/applications/" + reference + "/timeline";
        String decisions = "/api/applications/" + reference + "/decisions";

        assertThat(auditor.get(timeline).statusCode()).isEqualTo(200);
        assertThat(dpo.get(decisions).statusCode()).isEqualTo(200);
        for (HttpTestClient other : List.of(recruiter, hr, manager)) {
            assertThat(other.get(timeline).statusCode()).isEqualTo(403);
            assertThat(other.get(decisions).statusCode()).isEqualTo(403);
            assertThat(other.get("/api/oversight").statusCode()).isEqualTo(403);
            assertThat(other.get("/audit/applications/" + reference).statusCode()).isEqualTo(403);
        }
        assertThat(anonymous.get(timeline).statusCode()).isEqualTo(401);
        assertThat(anonymous.get(decisions).statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/oversight").statusCode()).isEqualTo(401);
        assertThat(auditor.postJson(timeline, "{}").statusCode()).isIn(403, 405);
        assertThat(auditor.putJson(decisions, "{}").statusCode()).isIn(403, 405);
        assertThat(auditor.delete(decisions).statusCode()).isIn(403, 405);
        assertThat(auditor.postJson("/api/oversight", "{}").statusCode()).isIn(403, 405);
        assertThat(auditor.postJson("/audit/applications/" + reference, "{}").statusCode()).isIn(403, 405);
        assertThat(auditor.get("/api/applications/W-NOSUCHREF/timeline").statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditPageShowsTheTimelineAsAnAccessibleTable() throws Exception {
        String reference = applyAndOverride();

        HttpResponse<String> page = auditor.get("/audit/applications/" + reference);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>", "<caption>", "<th scope=\"col\">", reference, "task-completed",
                "Task_ReviewScreening").doesNotContain("<script").doesNotContain(EMAIL);
    }

    @Test
    void everyReadIsLoggedWithTheReaderWhatAndReferenceOnly() throws Exception {
        String reference = applyAndOverride();
        int before = reads(reference);

        auditor.get("/api/applications/" + reference + "/timeline");
        auditor.get("/api/applications/" + reference + "/decisions");
        auditor.get("/audit/applications/" + reference);

        assertThat(reads(reference) - before).isEqualTo(3);
        List<Map<String, Object>> rows = jdbc.queryForList("select user_id, what, parameters from audit_read_log "
                + "where parameters = ? order by read_at desc limit 3", "reference=" + reference);
        assertThat(rows).extracting(row -> row.get("what")).containsExactlyInAnyOrder("application-timeline",
                "decision-records", "application-timeline-page");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("user_id")).isEqualTo(AUDITOR));
        recruiter.get("/api/applications/" + reference + "/timeline");
        assertThat(reads(reference) - before).as("a refused read reads nothing").isEqualTo(3);
        auditor.get("/api/oversight?vacancyId=" + vacancyId);
        assertThat(jdbc.queryForObject("select count(*) from audit_read_log where what = 'oversight-metrics' "
                + "and parameters like ?", Integer.class, "vacancyId=" + vacancyId + "%")).isEqualTo(1);
    }

    @Test
    void anErasedApplicationKeepsItsPseudonymousTimelineAndDecisionsWithoutReasons() throws Exception {
        String reference = applyAndOverride();
        HttpResponse<String> erased = recruiter.post("/api/applications/" + reference + "/erasure-request",
                "application/json", "");
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(202);

        HttpResponse<String> response = auditor.get("/api/applications/" + reference + "/timeline");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode timeline = JSON.readTree(response.body());
        assertThat(timeline.get("erased").asBoolean()).isTrue();
        List<JsonNode> entries = list(timeline.get("entries"));
        assertThat(entries).anySatisfy(entry -> assertThat(entry.get("event").asText()).isEqualTo("erased"));
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("event").asText()).isEqualTo("human-decision");
            assertThat(entry.at("/details/override").asBoolean()).isTrue();
            assertThat(entry.get("details").has("reason")).as("the reason went with the personal data").isFalse();
        });
        assertThat(response.body()).doesNotContain(REASON).doesNotContain(EMAIL);
        List<JsonNode> decisions = list(JSON.readTree(auditor.get("/api/applications/" + reference + "/decisions")
                .body()).get("decisions"));
        assertThat(decisions).anySatisfy(decision -> {
            assertThat(decision.get("source").asText()).isEqualTo("screening_result");
            assertThat(decision.get("decisionVersion").asInt()).isPositive();
        });
    }

    /** Applies failing the knock-out question; the recruiter advances against the recommendation to reject. */
    private String applyAndOverride() throws Exception {
        HttpResponse<String> applied = anonymous.postJson("/api/applications", """
                {"vacancyId":"%s","fullName":"%s","email":"%s","knockoutAnswers":{"%s":false},
                 "privacyNoticeVersion":"2026-11"}"""
                .formatted(vacancyId, NAME, EMAIL, permit));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String reference = JSON.readTree(applied.body()).get("reference").asText();
        TasklistRest.complete(recruiter, RECRUITER, reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance", "rejectionReason", REASON));
        return reference;
    }

    private int reads(String reference) {
        return jdbc.queryForObject("select count(*) from audit_read_log where parameters = ?", Integer.class,
                "reference=" + reference);
    }

    private static JsonNode single(List<JsonNode> entries, String event, String task) {
        List<JsonNode> found = entries.stream().filter(entry -> entry.get("event").asText().equals(event)
                && entry.at("/details/task").asText().equals(task)).toList();
        assertThat(found).as(event + " " + task).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        StreamSupport.stream(array.spliterator(), false).forEach(list::add);
        return list;
    }
}
