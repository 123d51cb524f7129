package nl.werving.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.Markers;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof that erasure reaches every store: an applicant whose name, e-mail address, phone number, CV, the
 * provider's result id, the interview location, the scorecard and the rejection reason carry unique marker strings
 * runs through the pipeline (the API, candidate links, Tasklist's REST calls, mails over SMTP); after the erasure no
 * column of any table of the database, Werving's or the engine's, holds a marker in any form, nor does the log
 * written meanwhile. One application is erased after its procedure ended with a rejection (the way retention will),
 * the other through the DPO's API while the candidate still considers an offer, which stops its hiring process.
 * The rejected candidate first contests the rejection with a statement that carries markers too, and the reviewer's
 * reason quotes one.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErasureMarkerIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SLOT_LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+\\?lang=nl)");
    private static final Pattern ANY_LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+)");
    /** Every store the application's personal data lands in on the path both scenarios take. */
    private static final List<String> STORES_WITH_DATA = List.of("applicant", "cv_document", "screening_evidence",
            "interview_location", "assessment_provider_link", "candidate_link_use", "outbound_message",
            "camunda_runtime", "camunda_history");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Erasure erasure;
    @Autowired
    Consents consents;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    private GreenMail smtp;
    private MailWorker worker;
    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient interviewer;
    private final List<MimeMessage> received = new ArrayList<>();
    private Markers markers;

    @BeforeEach
    void setUp() throws IOException {
        int smtpPort = TestSmtp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid"), event -> { }, Clock.systemUTC(),
                new MailWorker.Settings(50, 6, Duration.ofSeconds(30)));
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "erasurerecruiter", WervingGroups.RECRUITERS);
        TestUsers.memberWithEmail(identityService, "erasureinterviewer", WervingGroups.HIRING_MANAGERS,
                "interviewer.erasure@example.org", "Ivo", "Interviewer");
        TestUsers.member(identityService, "erasuredpo", WervingGroups.DPO);
        TestUsers.member(identityService, "erasureauditor", WervingGroups.AUDITORS);
        recruiter = http.as("erasurerecruiter", TestUsers.PASSWORD);
        interviewer = http.as("erasureinterviewer", TestUsers.PASSWORD);
        markers = Markers.random();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void afterTheEndOfAProcedureErasureLeavesNoMarkerInAnyTableOrLog(CapturedOutput output) throws Exception {
        Applied applied = applyWithCv();
        assertThat(textOf("select string_agg(evidence, ' ') from screening_requirement_result r"
                + " join screening_result s on s.id = r.result_id where s.application_id = ?", applied.id()))
                .as("the screening quoted the CV, marker and all").contains(markers.text());
        runToScorecard(applied.reference());
        TasklistRest.complete(interviewer, "erasureinterviewer", applied.reference(), "Task_SubmitScorecard", Map.of(
                "ratingSkills", 3, "ratingExperience", 3, "ratingCommunication", 4, "ratingMotivation", 3,
                "evidence", "Explained the " + markers.text() + " migration in detail"));
        TasklistRest.complete(interviewer, "erasureinterviewer", applied.reference(), "Task_DecideHiring", Map.of(
                "hiringDecision", "reject", "rejectionReason", "Another candidate knew " + markers.text() + " better"));
        sendEverythingDue();
        assertThat(bodiesTo(markers.email())).as("the candidate got the rejection with its reason")
                .anySatisfy(body -> assertThat(body).contains("knew " + markers.text()));
        contestTheRejection(applied);
        consents.give(applied.id(), ConsentPurpose.TALENT_POOL, Consents.TALENT_POOL_NOTICE_VERSION,
                ConsentChannel.RECRUITER);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applied.reference())
                .processDefinitionKey("HiringProcess").singleResult().getEndTime()).as("the procedure has ended")
                .isNotNull();
        List<String> before = markerHits();
        assertThat(before).as("the markers are there before the erasure, in Werving's tables")
                .anySatisfy(hit -> assertThat(hit).startsWith("applicant."))
                .anySatisfy(hit -> assertThat(hit).startsWith("cv_document."))
                .anySatisfy(hit -> assertThat(hit).startsWith("scorecard."))
                .anySatisfy(hit -> assertThat(hit).startsWith("human_decision."))
                .anySatisfy(hit -> assertThat(hit).startsWith("decision_review."))
                .anySatisfy(hit -> assertThat(hit).startsWith("interview_plan."))
                .anySatisfy(hit -> assertThat(hit).startsWith("assessment."));
        assertThat(before).filteredOn(hit -> hit.startsWith("act_hi_")).as("the free text written on tasks and the "
                + "statement shown on one (evidence, location, reason, statement) never reached the engine's history")
                .isEmpty();

        // Let the retention run out: the lifecycle's timers fire (the talent-pool renewal asked, never answered).
        letRetentionRunOut(applied.reference());
        List<ErasureReceipt> receipts = erasure.receipts(applied.reference());
        assertThat(receipts).hasSize(1);
        ErasureReceipt receipt = receipts.get(0);
        assertThat(receipt.reason()).isEqualTo(ErasureReason.CONSENT_NOT_RENEWED);

        assertThat(markerHits()).as("tables and columns still holding a marker").isEmpty();
        assertThat(counts(receipt)).containsKeys(erasure.storeNames().toArray(String[]::new));
        List<String> expected = new ArrayList<>(STORES_WITH_DATA);
        expected.remove("camunda_runtime");
        expected.addAll(List.of("scorecard_text", "decision_reasons", "decision_review_statements"));
        assertThat(expected).allSatisfy(store -> assertThat(counts(receipt).get(store)).as(store).isPositive());
        assertThat(counts(receipt).get("camunda_runtime")).as("the ended procedure left no running instance").isZero();
        assertThat(JSON.writeValueAsString(receipt).toLowerCase(Locale.ROOT)).doesNotContain(markers.all());
        assertEngineKeepsNothingOf(applied);
        assertReadersFailGracefully(applied);
        assertThat(output.getAll()).as("the log was captured").contains(applied.id().toString());
        assertThat(wervingLog(output)).doesNotContain(markers.all());
    }

    @Test
    void anErasureRequestWhileTheCandidateConsidersAnOfferStopsTheProcedureAndLeavesNoMarker(CapturedOutput output)
            throws Exception {
        Applied applied = applyWithCv();
        runToScorecard(applied.reference());
        TasklistRest.complete(interviewer, "erasureinterviewer", applied.reference(), "Task_SubmitScorecard", Map.of(
                "ratingSkills", 5, "ratingExperience", 4, "ratingCommunication", 4, "ratingMotivation", 5,
                "evidence", "Led the " + markers.text() + " rewrite"));
        TasklistRest.complete(interviewer, "erasureinterviewer", applied.reference(), "Task_DecideHiring",
                Map.of("hiringDecision", "offer"));
        TasklistRest.complete(recruiter, "erasurerecruiter", applied.reference(), "Task_DraftOffer", Map.of(
                "salary", 4100, "startDate", "2027-04-01", "terms", "32 hours, team " + markers.text()));
        TasklistRest.complete(interviewer, "erasureinterviewer", applied.reference(), "Task_ApproveOfferByManager",
                Map.of("offerApproved", "reject", "offerApprovalComment", "Mention the " + markers.text() + " bonus"));
        TasklistRest.complete(recruiter, "erasurerecruiter", applied.reference(), "Task_DraftOffer", Map.of(
                "salary", 4300, "startDate", "2027-04-01", "terms", "32 hours, team " + markers.text() + ", bonus"));
        TasklistRest.complete(interviewer, "erasureinterviewer", applied.reference(), "Task_ApproveOfferByManager",
                Map.of("offerApproved", "approve"));
        sendEverythingDue();
        List<String> stored = markerHits();
        assertThat(stored).as("the offer's terms and the approver's comment are stored")
                .anySatisfy(hit -> assertThat(hit).startsWith("offer."))
                .anySatisfy(hit -> assertThat(hit).startsWith("human_decision."));
        assertThat(stored).filteredOn(hit -> hit.startsWith("act_hi_"))
                .as("the offer's terms and the approver's comment never reached the engine's history").isEmpty();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applied.reference())
                .processDefinitionKey("HiringProcess").singleResult().getId();
        HttpTestClient dpo = http.as("erasuredpo", TestUsers.PASSWORD);
        assertThat(http.as("erasureauditor", TestUsers.PASSWORD).post("/api/applications/" + applied.reference()
                + "/erasure-request", "application/json", "").statusCode()).as("auditors change nothing")
                .isEqualTo(403);
        assertThat(dpo.post("/api/applications/NOT-A-REFERENCE/erasure-request", "application/json", "").statusCode())
                .isEqualTo(400);
        assertThat(dpo.post("/api/applications/" + "0".repeat(24) + "/erasure-request", "application/json", "")
                .statusCode()).isEqualTo(404);
        int mailsBefore = received.size();

        HttpResponse<String> erased = dpo.post("/api/applications/" + applied.reference() + "/erasure-request",
                "application/json", "");

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(202);
        JsonNode receipts = JSON.readTree(http.as("erasureauditor", TestUsers.PASSWORD)
                .get("/api/applications/" + applied.reference() + "/erasure-receipts").body());
        assertThat(receipts).hasSize(1);
        JsonNode receipt = receipts.get(0);
        assertThat(receipt.get("reason").asText()).isEqualTo("CANDIDATE_REQUEST");
        Map<String, Integer> counts = new LinkedHashMap<>();
        receipt.get("stores").forEach(store -> counts.put(store.get("store").asText(), store.get("records").asInt()));
        List<String> expected = new ArrayList<>(STORES_WITH_DATA);
        expected.remove("camunda_runtime");
        expected.addAll(List.of("scorecard_text", "offer_details", "decision_reasons"));
        assertThat(expected).allSatisfy(store -> assertThat(counts.get(store)).as(store).isPositive());
        assertThat(counts.get("camunda_runtime")).as("the request ended the procedure first, as a withdrawal")
                .isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(markerHits()).as("tables and columns still holding a marker").isEmpty();
        assertEngineKeepsNothingOf(applied);
        sendEverythingDue();
        assertThat(received.subList(mailsBefore, received.size())).as("no mail follows the erasure")
                .isEmpty();
        assertReadersFailGracefully(applied);

        assertThat(recruiter.get("/api/applications/" + applied.reference() + "/erasure-receipts").statusCode())
                .isEqualTo(403);
        assertThat(dpo.get("/api/applications/bad/erasure-receipts").statusCode()).isEqualTo(400);
        assertThat(dpo.post("/api/applications/" + applied.reference() + "/erasure-request", "application/json", "")
                .statusCode()).as("an erased application is not found any more").isEqualTo(404);
        assertThat(output.getAll()).as("the log was captured").contains(applied.id().toString());
        assertThat(wervingLog(output)).doesNotContain(markers.all());
    }

    @Test
    void withdrawingTheTalentPoolConsentFromTheStatusPageErasesAtOnceAndLeavesNoMarker(CapturedOutput output)
            throws Exception {
        Applied applied = applyWithCv();
        TasklistRest.complete(recruiter, "erasurerecruiter", applied.reference(), "Task_ReviewScreening", Map.of(
                "reviewDecision", "reject", "rejectionReason", "We miss " + markers.text() + " experience"));
        sendEverythingDue();
        String rejection = lastBodyTo(markers.email(), "Je sollicitatie voor");
        act(rejection, "talent-pool");
        assertThat(consents.inForce(applied.id(), ConsentPurpose.TALENT_POOL)).as("consent given by link")
                .isPresent();

        String status = pageOf(lastBodyTo(markers.email(), "We hebben je sollicitatie"),
                "Uit de talentpool en mijn gegevens laten verwijderen");
        Matcher withdrawLink = Pattern.compile("href=\"(/c/[A-Za-z0-9_.-]+\\?lang=nl)\">Uit de talentpool")
                .matcher(status);
        assertThat(withdrawLink.find()).as("the status page offers to leave the talent pool").isTrue();
        HttpResponse<String> confirm = http.get(withdrawLink.group(1).replace("&amp;", "&"));
        assertThat(confirm.statusCode()).isEqualTo(200);
        HttpResponse<String> withdrawn = http.post(withdrawLink.group(1), "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf(confirm), StandardCharsets.UTF_8) + "&action=withdraw-consent");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("Je toestemming is ingetrokken");

        List<ErasureReceipt> receipts = erasure.receipts(applied.reference());
        assertThat(receipts).extracting(ErasureReceipt::reason).containsExactly(ErasureReason.CONSENT_WITHDRAWN);
        assertThat(markerHits()).as("tables and columns still holding a marker").isEmpty();
        assertEngineKeepsNothingOf(applied);
        assertThat(wervingLog(output)).doesNotContain(markers.all());
    }

    /**
     * The candidate asks on the status page for a human review of the rejection, with a statement full of markers; a
     * team lead upholds it with a reason that quotes one, and the outcome is mailed.
     */
    private void contestTheRejection(Applied applied) throws Exception {
        String status = pageOf(lastBodyTo(markers.email(), "We hebben je sollicitatie"), "Vraag om beoordeling");
        Matcher reviewLink = Pattern.compile("href=\"(/c/[A-Za-z0-9_.-]+)\\?lang=nl\">Vraag om beoordeling")
                .matcher(status);
        assertThat(reviewLink.find()).as("the status page offers a human review").isTrue();
        HttpResponse<String> form = http.get(reviewLink.group(1));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(http.post(reviewLink.group(1), "application/x-www-form-urlencoded", "_csrf="
                + URLEncoder.encode(csrf(form), StandardCharsets.UTF_8) + "&action=request-review&statement="
                + URLEncoder.encode("I led the " + markers.text() + " team, call " + markers.phone(),
                        StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        TestUsers.member(identityService, "erasurelead", WervingGroups.TEAM_LEADS);
        TasklistRest.complete(http.as("erasurelead", TestUsers.PASSWORD), "erasurelead", applied.reference(),
                "Task_ReviewContestedDecision", Map.of("reviewOutcome", "UPHELD",
                        "reviewReason", "The " + markers.text() + " team was not in the CV"));
        sendEverythingDue();
        assertThat(bodiesTo(markers.email())).as("the candidate got the outcome with its reason")
                .anySatisfy(body -> assertThat(body).contains("The " + markers.text() + " team was not in the CV"));
    }

    /** Opens each candidate link in the mail and submits the one whose page offers the action. */
    private void act(String mail, String action) throws Exception {
        Matcher link = ANY_LINK.matcher(mail);
        while (link.find()) {
            HttpResponse<String> page = http.get(link.group(1));
            if (page.statusCode() == 200 && page.body().contains("value=\"" + action + "\"")) {
                assertThat(http.post(link.group(1), "application/x-www-form-urlencoded", "_csrf="
                        + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8) + "&action=" + action).statusCode())
                        .isEqualTo(200);
                return;
            }
        }
        throw new AssertionError("No link in the mail offers " + action);
    }

    /** The page behind the first candidate link in the mail that shows the given text; fails when none does. */
    private String pageOf(String mail, String... anyOf) {
        Matcher link = ANY_LINK.matcher(mail);
        while (link.find()) {
            HttpResponse<String> page = http.get(link.group(1));
            for (String text : anyOf) {
                if (page.statusCode() == 200 && page.body().contains(text)) {
                    return page.body();
                }
            }
        }
        throw new AssertionError("No link in the mail leads to a page with " + List.of(anyOf));
    }

    /** Applies through the public API with a CV full of markers and waits for the screening review. */
    private Applied applyWithCv() throws Exception {
        UUID vacancyId = vacancies.createDraft("Erasure vacancy " + UUID.randomUUID(), "Java backend work", null, null)
                .getId();
        vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), null, null, true, 5),
                new RequirementDraft(null, RequirementKind.CERTIFICATE, "BIG registration",
                        List.of("BIG-registratie"), null, null, true, 2)), List.of()), "hr");
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500"), new BigDecimal("4500"));
        vacancies.open(vacancyId);
        String cv = """
                %s
                %s | %s

                Experience
                2019 - 2025 Backend developer: built Java services for the %s payments platform

                Skills
                Java, Java SE, SQL, %s tooling
                """.formatted(markers.fullName(), markers.email(), markers.phone(), markers.text(), markers.text());
        HttpResponse<String> response = http.postMultipart("/api/applications",
                new HttpTestClient.Part("application", null, "application/json", """
                        {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                         "fullName":"%s","email":"%s","phone":"%s","language":"nl"}"""
                        .formatted(vacancyId, markers.fullName(), markers.email(), markers.phone())
                        .getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part("cv", "cv.txt", "text/plain", cv.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        UUID id = jdbc.queryForObject("select id from application where reference = ?", UUID.class, reference);
        assertThat(TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening")).hasSize(1);
        return new Applied(id, reference);
    }

    /** Screening review, assessment result, interview proposal, the candidate's choice by link, the interview. */
    private void runToScorecard(String reference) throws Exception {
        TasklistRest.complete(recruiter, "erasurerecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        assertThat(TasklistRest.postAssessmentResult(http, reference, "{\"score\":82,\"completed\":true,"
                + "\"providerResultId\":\"result-" + markers.text() + "\"}").statusCode()).isEqualTo(202);
        OffsetDateTime slot = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "erasurerecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "durationMinutes", 45, "interviewers", "erasureinterviewer",
                "location", "Keizersgracht 1, ask for " + markers.text()));
        sendEverythingDue();
        Matcher link = SLOT_LINK.matcher(lastBodyTo(markers.email(), "Kies een moment"));
        assertThat(link.find()).isTrue();
        HttpResponse<String> page = http.get(link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(http.post(link.group(1), "application/x-www-form-urlencoded", "_csrf="
                + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8) + "&action=choose-slot&slot=1").statusCode())
                .isEqualTo(200);
        sendEverythingDue();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("HiringProcess").singleResult().getId();
        for (String timer : List.of("Event_DayBeforeInterview", "Event_InterviewHeld")) {
            managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                    .activityId(timer).singleResult().getId());
        }
        sendEverythingDue();
        assertThat(TasklistRest.awaitTasks(interviewer, reference, "Task_SubmitScorecard")).hasSize(1);
    }

    /** Fires the data lifecycle's timers, in due order, until the lifecycle has ended (and erased). */
    private void letRetentionRunOut(String reference) {
        for (int fired = 0; fired < 10; fired++) {
            List<org.camunda.bpm.engine.runtime.Job> timers = managementService.createJobQuery()
                    .processDefinitionKey("ApplicantDataLifecycle").timers().orderByJobDuedate().asc().list().stream()
                    .filter(job -> runtimeService.createProcessInstanceQuery().processInstanceId(
                            job.getProcessInstanceId()).processInstanceBusinessKey(reference).count() == 1)
                    .toList();
            if (timers.isEmpty()) {
                return;
            }
            managementService.executeJob(timers.get(0).getId());
        }
        throw new AssertionError("The data lifecycle did not end");
    }

    /** Nothing of the application's process instances is left in the engine's runtime or history tables. */
    private void assertEngineKeepsNothingOf(Applied applied) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applied.reference()).count())
                .isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(applied.reference()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .variableValueEquals("applicationId", applied.id().toString()).count()).isZero();
        List<String> columns = jdbc.queryForList("select table_name from information_schema.columns"
                + " where table_schema = current_schema() and lower(table_name) like 'act\\_%' and lower(column_name)"
                + " in ('proc_inst_id_', 'root_proc_inst_id_', 'business_key_')", String.class);
        assertThat(columns).isNotEmpty();
        List<String> left = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("select table_name, column_name from"
                + " information_schema.columns where table_schema = current_schema() and lower(table_name) like"
                + " 'act\\_%' and lower(column_name) in ('business_key_', 'text_', 'value_')"
                + " and data_type in ('character varying', 'text')")) {
            String sql = "select count(*) from " + column.get("table_name") + " where " + column.get("column_name")
                    + " in (?, ?)";
            Integer count = jdbc.queryForObject(sql, Integer.class, applied.reference(), applied.id().toString());
            if (count != null && count > 0) {
                left.add(column.get("table_name") + "." + column.get("column_name"));
            }
        }
        assertThat(left).as("engine rows still naming the application").isEmpty();
    }

    /** Pages, APIs and mails that read the application's data answer 4xx or skip, never 500. */
    private void assertReadersFailGracefully(Applied applied) throws Exception {
        String reference = applied.reference();
        assertThat(recruiter.get("/api/applications/" + reference + "/screening").statusCode()).isEqualTo(404);
        assertThat(recruiter.get("/review/applications/" + reference + "/cv").statusCode()).isEqualTo(404);
        assertThat(recruiter.post("/api/applications/" + reference + "/withdrawal", "application/json", "")
                .statusCode()).isEqualTo(404);
        assertThat(recruiter.post("/api/applications/" + reference + "/interview/reschedule", "application/json", "")
                .statusCode()).isBetween(400, 499);
        for (MimeMessage message : received) {
            Matcher link = ANY_LINK.matcher(text(message));
            while (link.find()) {
                int status = http.get(link.group(1)).statusCode();
                assertThat(status).as(link.group(1)).isBetween(400, 499);
            }
        }
    }

    /**
     * The captured log, lower-case, without the lines of the test's own SMTP server (GreenMail logs the mailbox it
     * creates for each recipient address; it stands in for the candidate's mail provider, not for Werving).
     */
    private static String wervingLog(CapturedOutput output) {
        return output.getAll().lines().filter(line -> !line.contains("c.icegreen.greenmail"))
                .map(line -> line.toLowerCase(Locale.ROOT)).reduce("", (all, line) -> all + line + "\n");
    }

    /** Every table and column (text, character, JSON, bytea) of the database's schemas that holds a marker. */
    private List<String> markerHits() {
        List<String> hits = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_schema, table_name, column_name, data_type from information_schema.columns
                where table_schema not in ('pg_catalog', 'information_schema') and table_schema not like 'pg\\_%'
                  and data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'xml',
                                    'USER-DEFINED', 'ARRAY')
                  and table_name in (select table_name from information_schema.tables t
                                     where t.table_schema = columns.table_schema and t.table_type = 'BASE TABLE')
                """);
        assertThat(columns).as("the dump reads Werving's and the engine's tables")
                .anySatisfy(column -> assertThat(column.get("table_name")).isEqualTo("applicant"))
                .anySatisfy(column -> assertThat(column.get("table_name")).isEqualTo("act_ge_bytearray"))
                .anySatisfy(column -> assertThat(column.get("table_name")).isEqualTo("act_hi_op_log"));
        for (Map<String, Object> column : columns) {
            String table = "\"" + column.get("table_schema") + "\".\"" + column.get("table_name") + "\"";
            String name = "\"" + column.get("column_name") + "\"";
            boolean binary = "bytea".equals(column.get("data_type"));
            String select = "select " + (binary ? name : name + "::text") + " from " + table + " where " + name
                    + " is not null";
            jdbc.query(select, (ResultSet row) -> {
                String found = binary ? markerIn(row.getBytes(1)) : markerIn(row.getString(1));
                if (found != null) {
                    hits.add(column.get("table_name") + "." + column.get("column_name") + ": " + found);
                }
            });
        }
        return hits;
    }

    private String markerIn(byte[] bytes) {
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                StandardCharsets.ISO_8859_1)) {
            String found = markerIn(new String(bytes, charset));
            if (found != null) {
                return found + " (" + charset + ")";
            }
        }
        return null;
    }

    private String markerIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String marker : markers.all()) {
            if (lower.contains(marker)) {
                return marker;
            }
        }
        return null;
    }

    private String textOf(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, String.class, arguments);
    }

    private static Map<String, Integer> counts(ErasureReceipt receipt) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        receipt.stores().forEach(store -> counts.put(store.store(), store.records()));
        return counts;
    }

    private void sendEverythingDue() {
        while (worker.sendDue() > 0) {
            // next batch
        }
        received.addAll(List.of(smtp.getReceivedMessages()));
        smtp.reset();
    }

    private List<String> bodiesTo(String address) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equalsIgnoreCase(address)) {
                bodies.add(text(message));
            }
        }
        return bodies;
    }

    private String lastBodyTo(String address, String subjectStart) throws Exception {
        String last = null;
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equalsIgnoreCase(address)
                    && message.getSubject().startsWith(subjectStart)) {
                last = text(message);
            }
        }
        assertThat(last).as("a mail to the candidate starting with " + subjectStart).isNotNull();
        return last;
    }

    private static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "");
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }

    private record Applied(UUID id, String reference) {
    }
}
