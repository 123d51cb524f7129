package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.application.ApplicationReference;
import nl.werving.process.HiringProcess;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidate link pages on PostgreSQL, with applications driven through the public API and the recruiter's
 * and manager's steps through Camunda's REST API: each action moves the process on once, and a refused link
 * changes nothing.
 */
@PostgresIntegrationTest
class CandidateLinkPagesIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    CandidateLinks links;
    @Autowired
    UsedLinkRepository usedLinks;
    @Autowired
    Vacancies vacancies;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient manager;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "linkrecruiter", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "linkmanager", WervingGroups.HIRING_MANAGERS);
        recruiter = new HttpTestClient(port).as("linkrecruiter", TestUsers.PASSWORD);
        manager = new HttpTestClient(port).as("linkmanager", TestUsers.PASSWORD);
        vacancyId = vacancies.publishIfAbsent("Candidate link test vacancy", "Candidates act through links").getId();
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500"), new BigDecimal("4500"));
    }

    @Test
    void choosingASlotThroughTheLinkMovesTheProcessOnExactlyOnce() throws Exception {
        String reference = applyAndProposeSlots();
        String token = links.create(new ApplicationReference(reference), LinkPurpose.CHOOSE_SLOT, Duration.ofDays(3));

        HttpResponse<String> page = http.get("/c/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kies een tijd voor je gesprek", "name=\"slot\"", "<label");
        String csrf = csrf(page);

        HttpResponse<String> chosen = post(token, csrf, "action", "choose-slot", "slot", "2");
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.body()).contains("Je hebt gekozen");
        HttpResponse<String> doubleClick = post(token, csrf, "action", "choose-slot", "slot", "2");
        assertThat(doubleClick.statusCode()).as("the same submission again is harmless").isEqualTo(200);
        assertThat(doubleClick.body()).contains("Je hebt gekozen");

        HttpResponse<String> replayed = http.get("/c/" + token);
        assertThat(replayed.statusCode()).isEqualTo(410);
        assertThat(replayed.body()).contains("Deze link is al gebruikt").doesNotContain("Exception");
        assertThat(post(token, csrf, "action", "choose-slot", "slot", "1").statusCode()).isEqualTo(410);

        String instanceId = instanceId(reference);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId("Task_WaitForSlotChoice").finished().count()).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_DayBeforeInterview").count()).as("the reminder the day before").isEqualTo(1);
        assertThat(jdbc.queryForObject("select p.chosen_slot_index from interview_plan p join application a "
                + "on a.id = p.application_id where a.reference = ?", Integer.class, reference)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from outbound_message m join application a on a.id = "
                + "m.application_id where a.reference = ? and m.type = 'INTERVIEW_INVITATION' and m.recipient_kind = "
                + "'CANDIDATE'", Integer.class, reference)).isEqualTo(1);
        assertThat(usedLinks.count()).isPositive();
    }

    @Test
    void askingForAnotherTimeThroughTheLinkGivesTheRecruiterTheSameRoundAgainExactlyOnce() throws Exception {
        String reference = applyAndProposeSlots();
        String slotToken = links.create(new ApplicationReference(reference), LinkPurpose.CHOOSE_SLOT, Duration.ofDays(3));
        String token = links.create(new ApplicationReference(reference), LinkPurpose.RESCHEDULE_INTERVIEW,
                Duration.ofDays(30));
        assertPage(http.get("/c/" + token), 409, "Dit kan niet meer");
        assertThat(post(slotToken, csrf(http.get("/c/" + slotToken)), "action", "choose-slot", "slot", "1")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> page = http.get("/c/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kun je niet? Vraag om een ander moment", "Je gesprek staat gepland op",
                "value=\"reschedule\"");
        assertThat(http.get("/c/" + token + "?lang=en").body()).contains("Can&#39;t make it? Ask for another time");
        String csrf = csrf(page);
        HttpResponse<String> asked = post(token, csrf, "action", "reschedule");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("We hebben de recruiter om een ander moment gevraagd");
        assertThat(post(token, csrf, "action", "reschedule").statusCode()).as("a double click").isEqualTo(200);
        assertPage(http.get("/c/" + token), 410, "Deze link is al gebruikt");

        String instanceId = instanceId(reference);
        TasklistRest.awaitTasks(recruiter, reference, "Task_ProposeInterviewSlots");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId("BoundaryEvent_InterviewRescheduleRequested").count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(instanceId, "interviewRound")).isEqualTo(1);
        assertThat(managementService.createJobQuery().processInstanceId(instanceId).timers().count())
                .as("the reminder and the end of the interview are no longer awaited").isZero();
        assertThat(jdbc.queryForObject("select reschedule_requested_at is not null from interview_plan p join "
                + "application a on a.id = p.application_id where a.reference = ?", Boolean.class, reference)).isTrue();
    }

    @Test
    void acceptingTheOfferThroughTheLinkEndsTheProcessAsHired() throws Exception {
        String reference = applyAndProposeSlots();
        String chooseSlot = links.create(new ApplicationReference(reference), LinkPurpose.CHOOSE_SLOT, Duration.ofDays(3));
        assertThat(post(chooseSlot, csrf(http.get("/c/" + chooseSlot)), "action", "choose-slot", "slot", "1")
                .statusCode()).isEqualTo(200);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId(reference))
                .activityId("Event_DayBeforeInterview").singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId(reference))
                .activityId("Event_InterviewHeld").singleResult().getId());
        TasklistRest.complete(manager, "linkmanager", reference, "Task_SubmitScorecard", Map.of("ratingSkills", 4,
                "ratingExperience", 4, "ratingCommunication", 4, "ratingMotivation", 4, "evidence", "Clear answers"));
        TasklistRest.complete(manager, "linkmanager", reference, "Task_DecideHiring", Map.of("hiringDecision", "offer"));
        TasklistRest.complete(recruiter, "linkrecruiter", reference, "Task_DraftOffer", Map.of("salary", 4200,
                "startDate", "2027-03-01", "terms", "36 hours a week"));
        TasklistRest.complete(manager, "linkmanager", reference, "Task_ApproveOfferByManager", Map.of("offerApproved", "approve"));
        String token = links.create(new ApplicationReference(reference), LinkPurpose.ANSWER_OFFER, Duration.ofDays(14));

        HttpResponse<String> page = http.get("/c/" + token + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"en\"", "Your job offer", "4,200.00", "1 March 2027", "36 hours a week",
                "Accept the offer", "Decline the offer");
        // A hire erases the applicant's copy at once (a data lifecycle timer due right away): hold the job executor
        // until the hired candidate's pages have been checked.
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        jobExecutor.shutdown();
        try {
            acceptAndCheckTheHiredPages(reference, token, page);
        } finally {
            jobExecutor.start();
        }
    }

    private void acceptAndCheckTheHiredPages(String reference, String token, HttpResponse<String> page)
            throws Exception {
        HttpResponse<String> accepted = post(token, csrf(page), "action", "accept", "lang", "en");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("You accepted the offer");

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference)
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_CandidateHired");
        assertThat(status(reference)).isEqualTo("HIRED");
        assertThat(http.get("/c/" + token).statusCode()).isEqualTo(410);
        String statusLink = links.create(new ApplicationReference(reference), LinkPurpose.STATUS, Duration.ofDays(1));
        HttpResponse<String> statusPage = http.get("/c/" + statusLink);
        assertThat(statusPage.statusCode()).isEqualTo(200);
        assertThat(statusPage.body()).contains("bent aangenomen").doesNotContain("Link Candidate", "link@example.org");
        assertThat(http.get("/c/" + statusLink).statusCode()).as("status links are reusable").isEqualTo(200);
    }

    @Test
    void withdrawingThroughTheLinkEndsTheProcedure() throws Exception {
        String reference = applyAndAwaitScreening();
        String token = links.create(new ApplicationReference(reference), LinkPurpose.WITHDRAW, Duration.ofDays(30));

        HttpResponse<String> page = http.get("/c/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sollicitatie intrekken", "Ja, trek mijn sollicitatie in");
        HttpResponse<String> withdrawn = post(token, csrf(page), "action", "withdraw");

        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("ingetrokken");
        assertThat(status(reference)).isEqualTo("WITHDRAWN");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void objectingThroughTheLinkIsRecorded() throws Exception {
        String reference = applyAndAwaitScreening();
        String token = links.create(new ApplicationReference(reference), LinkPurpose.OBJECT, Duration.ofDays(30));

        HttpResponse<String> page = http.get("/c/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> objected = post(token, csrf(page), "action", "object");

        assertThat(objected.statusCode()).isEqualTo(200);
        assertThat(objected.body()).contains("Je bezwaar is vastgelegd");
        assertThat(jdbc.queryForObject("select objected_to_automation_at is not null from application where reference = ?",
                Boolean.class, reference)).isTrue();
        assertThat(status(reference)).isEqualTo("SUBMITTED");
    }

    @Test
    void tamperedExpiredAndWrongPurposeLinksGetAPageAndChangeNothing() throws Exception {
        String reference = applyAndAwaitScreening();
        ApplicationReference application = new ApplicationReference(reference);
        String withdraw = links.create(application, LinkPurpose.WITHDRAW, Duration.ofDays(30));
        String csrf = csrf(http.get("/c/" + withdraw));
        int middle = withdraw.indexOf('.') / 2;
        String tampered = withdraw.substring(0, middle) + (withdraw.charAt(middle) == 'A' ? 'B' : 'A')
                + withdraw.substring(middle + 1);
        String expired = new CandidateLinks(PostgresIntegrationTest.CANDIDATE_LINK_SECRET, false,
                Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC), usedLinks)
                .create(application, LinkPurpose.WITHDRAW, Duration.ofDays(1));
        String status = links.create(application, LinkPurpose.STATUS, Duration.ofDays(1));
        String object = links.create(application, LinkPurpose.OBJECT, Duration.ofDays(1));

        assertPage(http.get("/c/" + tampered), 400, "Deze link werkt niet");
        assertPage(post(tampered, csrf, "action", "withdraw"), 400, "Deze link werkt niet");
        assertPage(http.get("/c/" + expired), 410, "Deze link is verlopen");
        assertPage(post(expired, csrf, "action", "withdraw"), 410, "Deze link is verlopen");
        assertPage(post(status, csrf, "action", "withdraw"), 400, "Deze link is hier niet voor");
        assertPage(post(object, csrf, "action", "withdraw"), 400, "Deze link is hier niet voor");
        assertPage(http.get("/c/not-a-token"), 400, "Deze link werkt niet");
        assertPage(http.get("/c/" + tampered + "?lang=en"), 400, "This link does not work");

        assertThat(status(reference)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select objected_to_automation_at is null from application where reference = ?",
                Boolean.class, reference)).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from candidate_link_use where application_reference = ?",
                Integer.class, reference)).isZero();
    }

    @Test
    void aSlotLinkWhileTheProcessDoesNotWaitForAChoiceIsAConflictAndStaysUsable() throws Exception {
        String reference = applyAndAwaitScreening();
        String token = links.create(new ApplicationReference(reference), LinkPurpose.CHOOSE_SLOT, Duration.ofDays(3));
        String csrf = csrf(http.get("/c/" + links.create(new ApplicationReference(reference), LinkPurpose.WITHDRAW,
                Duration.ofDays(1))));

        assertPage(http.get("/c/" + token), 409, "Dit kan niet meer");
        assertPage(post(token, csrf, "action", "choose-slot", "slot", "1"), 409, "Dit kan niet meer");
        assertPage(post(token, csrf, "action", "choose-slot", "slot", "x"), 400, "Maak een keuze");

        assertThat(jdbc.queryForObject("select count(*) from candidate_link_use where application_reference = ?",
                Integer.class, reference)).isZero();
    }

    private static void assertPage(HttpResponse<String> response, int status, String text) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains(text).doesNotContain("Exception", "at nl.werving");
    }

    private HttpResponse<String> post(String token, String csrf, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.post("/c/" + token, "application/x-www-form-urlencoded", body.toString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    private String status(String reference) {
        return jdbc.queryForObject("select status from application where reference = ?", String.class, reference);
    }

    private String instanceId(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
    }

    private String apply() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Link Candidate","email":"link@example.org"}""".formatted(vacancyId));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    private String applyAndAwaitScreening() throws Exception {
        String reference = apply();
        TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        return reference;
    }

    /** Up to the slot choice: screening advanced, assessment result in, three slots proposed. */
    private String applyAndProposeSlots() throws Exception {
        String reference = apply();
        TasklistRest.complete(recruiter, "linkrecruiter", reference, "Task_ReviewScreening", Map.of("reviewDecision", "advance"));
        assertThat(TasklistRest.postAssessmentResult(http, reference, "{\"score\":80,\"completed\":true,\"providerResultId\":\"l-1\"}")
                .statusCode()).isEqualTo(202);
        OffsetDateTime slot = OffsetDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "linkrecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "slot2Start", slot.plusDays(1).toString(), "durationMinutes", 60,
                "interviewers", "linkmanager", "location", "Office"));
        return reference;
    }
}
