package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.werving.application.ApplicationReference;
import nl.werving.candidate.CandidateLinks;
import nl.werving.candidate.LinkPurpose;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rejected candidate contests the rejection on PostgreSQL, end to end: through the status page they ask for a
 * human review and give their side; the task appears for the team leads, the recruiter who rejected cannot complete
 * it, another team lead upholds the decision; the retention clock stands still meanwhile; the outcome with its reason
 * reaches the candidate over SMTP (GreenMail) and shows in the audit trail's decision records; erasure then empties
 * the statement.
 */
@PostgresIntegrationTest
class DecisionReviewIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANDIDATE = "contest.candidate@example.org";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern REVIEW_LINK = Pattern.compile(
            "<a href=\"(/c/[A-Za-z0-9_.-]+)\\?lang=nl\">Vraag om beoordeling door een mens</a>");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    CandidateLinks links;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;
    private MailWorker worker;
    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient lead;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void setUp() {
        int smtpPort = TestSmtp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid"), event -> { },
                Clock.systemUTC(), new MailWorker.Settings(50, 6, Duration.ofSeconds(30)));
        http = new HttpTestClient(port);
        // The recruiter who rejects is a team lead as well: the review must still go to someone else.
        TestUsers.member(identityService, "contestrecruiter", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "contestrecruiter", WervingGroups.TEAM_LEADS);
        TestUsers.member(identityService, "contestlead", WervingGroups.TEAM_LEADS);
        TestUsers.member(identityService, "contestdpo", WervingGroups.DPO);
        TestUsers.member(identityService, "contestauditor", WervingGroups.AUDITORS);
        recruiter = http.as("contestrecruiter", TestUsers.PASSWORD);
        lead = http.as("contestlead", TestUsers.PASSWORD);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void aRejectedCandidateContestsTheRejectionAndAnotherPersonReviewsItWithinTheProcess() throws Exception {
        String marker = "contest-marker-" + UUID.randomUUID();
        String reference = apply();
        TasklistRest.complete(recruiter, "contestrecruiter", reference, "Task_ReviewScreening", Map.of(
                "reviewDecision", "reject", "rejectionReason", "Te weinig ervaring met zakelijke klanten."));
        String status = "/c/" + links.create(new ApplicationReference(reference), LinkPurpose.STATUS, Duration.ofDays(1));

        HttpResponse<String> rejected = http.get(status);
        assertThat(rejected.body()).contains("we hebben je niet gekozen", "Een mens heeft dit besloten");
        Matcher reviewLink = REVIEW_LINK.matcher(rejected.body());
        assertThat(reviewLink.find()).as("the rejected candidate is offered a human review").isTrue();
        String review = reviewLink.group(1);

        HttpResponse<String> form = http.get(review + "?lang=nl");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Vraag om beoordeling door een mens", "<label for=\"statement\"",
                "aria-describedby=\"statement-hint\"", "Je vraagt om beoordeling van de afwijzing");

        HttpResponse<String> empty = post(review, csrf(form), "action", "request-review", "statement", "  ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("aria-invalid=\"true\"", "aria-describedby=\"statement-hint statement-error\"",
                "Schrijf je toelichting");
        HttpResponse<String> tooLong = post(review, csrf(form), "action", "request-review", "statement", "x".repeat(2001));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(tooLong.body()).contains("Je toelichting is te lang", "x".repeat(2001));
        assertThat(http.get(review).statusCode()).as("nothing was recorded; the link still works").isEqualTo(200);

        String statement = "Ik heb zes jaar een zakelijke klantenservice geleid (" + marker + ").";
        HttpResponse<String> asked = post(review, csrf(form), "action", "request-review", "statement", statement);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Je verzoek is vastgelegd");
        assertThat(http.get(review).statusCode()).as("one request per link").isEqualTo(410);
        assertThat(http.get(status).body()).contains("Een andere collega beoordeelt het besluit opnieuw")
                .doesNotContain("Vraag om beoordeling door een mens</a>");

        String instanceId = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(DecisionReviewProcess.PROCESS_KEY).processInstanceBusinessKey(reference)
                .singleResult().getId();
        assertThat(runtimeService.getVariables(instanceId).toString()).as("the statement is no process variable")
                .doesNotContain(marker);
        assertThat(lifecycleWaitsAt(reference, ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD))
                .as("the retention clock stands still while the review is pending").isTrue();

        JsonNode tasks = TasklistRest.awaitTasks(lead, reference, DecisionReviewProcess.TASK_REVIEW_DECISION);
        assertThat(tasks).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        assertThat(lead.get("/engine-rest/task/" + taskId + "/variables/candidateStatement").body()).contains(marker);

        assertThat(recruiter.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"contestrecruiter\"}")
                .statusCode()).isEqualTo(204);
        HttpResponse<String> ownDecision = recruiter.postJson("/engine-rest/task/" + taskId + "/submit-form",
                "{\"variables\":{\"reviewOutcome\":{\"value\":\"UPHELD\"},\"reviewReason\":{\"value\":\"Blijft.\"}}}");
        assertThat(ownDecision.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(ownDecision.body()).contains("another person");
        assertThat(recruiter.postJson("/engine-rest/task/" + taskId + "/unclaim", "{}").statusCode()).isEqualTo(204);

        TasklistRest.complete(lead, "contestlead", reference, DecisionReviewProcess.TASK_REVIEW_DECISION, Map.of(
                "reviewOutcome", "UPHELD", "reviewReason", "De zes jaar staan niet in het cv dat we ontvingen."));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult()
                .getEndActivityId()).isEqualTo(DecisionReviewProcess.END_EVENT_DECISION_UPHELD);
        assertThat(lifecycleWaitsAt(reference, ApplicantDataLifecycle.EVENT_RETENTION_PERIOD_OVER))
                .as("the answer lets the clock run on").isTrue();

        sendEverythingDue();
        MimeMessage outcome = mailTo(CANDIDATE, "Uitkomst van de beoordeling");
        assertThat(text(outcome)).contains("het besluit blijft staan", "De zes jaar staan niet in het cv dat we ontvingen.",
                "de afwijzing van je sollicitatie", reference);
        assertThat(http.get(status).body()).contains("Het besluit is opnieuw beoordeeld en blijft staan.");

        HttpResponse<String> decisions = http.as("contestauditor", TestUsers.PASSWORD)
                .get("/api/applications/" + reference + "/decisions");
        assertThat(decisions.statusCode()).isEqualTo(200);
        JsonNode last = lastHumanDecision(decisions);
        assertThat(last.get("stage").asText()).isEqualTo("DECISION_REVIEW");
        assertThat(last.get("decision").asText()).isEqualTo("uphold");
        assertThat(last.get("decidedBy").asText()).isEqualTo("contestlead");
        assertThat(last.get("reason").asText()).as("the audit trail keeps the reviewer's reason")
                .isEqualTo("De zes jaar staan niet in het cv dat we ontvingen.");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).list())
                .as("the hiring process and the review").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(instance -> assertThat(EngineHistoryRows.personalRows(historyService, instance.getId(),
                        marker, "Te weinig ervaring", "De zes jaar"))
                        .as("statement, reasons: never in the engine's history").isEmpty());

        assertThat(http.as("contestdpo", TestUsers.PASSWORD).post("/api/applications/" + reference
                + "/erasure-request", "application/json", "").statusCode()).isEqualTo(202);
        assertThat(jdbc.queryForList("select statement, outcome_reason, outcome, reviewed_by from decision_review r "
                + "join application a on a.id = r.application_id where a.reference = ?", reference))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("statement")).isNull();
                    assertThat(row.get("outcome_reason")).isNull();
                    assertThat(row.get("outcome")).isEqualTo("UPHELD");
                    assertThat(row.get("reviewed_by")).isEqualTo("contestlead");
                });
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(DecisionReviewProcess.PROCESS_KEY).count()).as("the engine history is erased")
                .isZero();
    }

    private boolean lifecycleWaitsAt(String reference, String activityId) {
        return runtimeService.createExecutionQuery().processDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference).activityId(activityId).count() > 0;
    }

    private static JsonNode lastHumanDecision(HttpResponse<String> response) throws Exception {
        JsonNode last = null;
        for (JsonNode decision : JSON.readTree(response.body()).get("decisions")) {
            if ("human_decision".equals(decision.get("source").asText())) {
                last = decision;
            }
        }
        assertThat(last).as("a human decision is in the audit trail").isNotNull();
        return last;
    }

    private HttpResponse<String> post(String path, String csrf, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.post(path, "application/x-www-form-urlencoded", body.toString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    private String apply() throws Exception {
        String vacancyId = vacancies.publishIfAbsent("Contest test vacancy", "Candidates contest decisions").getId()
                .toString();
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Contest Kandidaat","email":"%s","language":"nl"}"""
                .formatted(vacancyId, CANDIDATE));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    private void sendEverythingDue() {
        while (worker.sendDue() > 0) {
            // next batch
        }
        received.addAll(List.of(smtp.getReceivedMessages()));
        smtp.reset();
    }

    private MimeMessage mailTo(String address, String subjectStart) throws Exception {
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)
                    && message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + address + " starting with " + subjectStart);
    }

    private static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "");
    }
}
