package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The status page on PostgreSQL, with an application driven through the public API and the staff's steps through
 * Camunda's REST API: at each stage it names the stage in plain words with what happens next, marks the step, and
 * offers exactly the actions that apply, each through a link of its own purpose that works.
 */
@PostgresIntegrationTest
class StatusPageIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CURRENT_STEP = Pattern.compile(
            "<li class=\"step-current\" aria-current=\"step\">\\s*<span>([^<]+)</span>");

    @LocalServerPort
    int port;
    @Autowired
    CandidateLinks links;
    @Autowired
    Vacancies vacancies;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient manager;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "statusrecruiter", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "statusmanager", WervingGroups.HIRING_MANAGERS);
        recruiter = new HttpTestClient(port).as("statusrecruiter", TestUsers.PASSWORD);
        manager = new HttpTestClient(port).as("statusmanager", TestUsers.PASSWORD);
        vacancyId = vacancies.publishIfAbsent("Status page test vacancy", "Candidates follow their application")
                .getId();
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500"), new BigDecimal("4500"));
    }

    @Test
    void eachStageIsNamedInPlainWordsWithWhatHappensNextTheStepAndTheActionsThatApply() throws Exception {
        String reference = apply();
        TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        String status = "/c/" + links.create(new ApplicationReference(reference), LinkPurpose.STATUS, Duration.ofDays(1));

        HttpResponse<String> review = page(status);
        assertThat(review.body()).contains("lang=\"nl\"", "Je sollicitatie wacht op beoordeling door een recruiter.",
                "Wat er nu gebeurt", "Een recruiter bekijkt je sollicitatie",
                "<details>", "Waarom? Toon de uitleg",
                "Trek je sollicitatie in", "Maak bezwaar tegen geautomatiseerde beoordeling",
                "Vraag een kopie van mijn gegevens")
                .doesNotContain("Kies een moment voor je gesprek", " u ", "Uw ")
                .as("without a CV the recommendation is a review by a person: nothing to contest")
                .doesNotContain("Vraag om beoordeling door een mens");
        assertThat(currentStep(review)).isEqualTo("Eerste beoordeling");
        assertThat(review.body()).as("two steps behind it, four ahead")
                .containsPattern("<li class=\"step-done\">\\s*<span>Ontvangen</span>");

        TasklistRest.complete(recruiter, "statusrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        HttpResponse<String> assessment = page(status + "?lang=en");
        assertThat(assessment.body()).contains("lang=\"en\"", "You have been invited to an assessment.",
                "What happens next", "Why? Show the explanation", "Withdraw your application")
                .doesNotContain("Ask for a human review", "Object to automated assessment");
        assertThat(currentStep(assessment)).isEqualTo("Assessment");

        assertThat(TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":80,\"completed\":true,\"providerResultId\":\"status-1\"}").statusCode()).isEqualTo(202);
        // The result reaches the hiring process in a job of its own, right after the provider is answered.
        TasklistRest.awaitTasks(recruiter, reference, "Task_ProposeInterviewSlots");
        assertThat(page(status).body()).contains("We plannen een gesprek met je.");

        OffsetDateTime slot = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "statusrecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "slot2Start", slot.plusDays(1).toString(), "durationMinutes", 60,
                "interviewers", "statusmanager", "location", "Office"));
        HttpResponse<String> choosing = page(status);
        assertThat(choosing.body()).contains("Kies een moment voor je gesprek.");
        assertThat(currentStep(choosing)).isEqualTo("Gesprek");
        String chooseSlot = action(choosing, "Kies een moment voor je gesprek");
        HttpResponse<String> slotPage = page(chooseSlot);
        assertThat(slotPage.body()).contains("Kies een tijd voor je gesprek", "name=\"slot\"");
        assertThat(post(chooseSlot, csrf(slotPage), "action", "choose-slot", "slot", "1").body())
                .contains("Je hebt gekozen");

        HttpResponse<String> planned = page(status);
        assertThat(planned.body()).contains("Je gesprek is gepland op", "10:00", "Vraag om een ander moment")
                .doesNotContain("Kies een moment voor je gesprek");
        assertThat(page(action(planned, "Vraag om een ander moment")).body())
                .contains("Kun je niet? Vraag om een ander moment");

        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_DayBeforeInterview").singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_InterviewHeld").singleResult().getId());
        assertThat(page(status).body()).contains("We beslissen na je gesprek.");

        TasklistRest.complete(manager, "statusmanager", reference, "Task_SubmitScorecard", Map.of("ratingSkills", 4,
                "ratingExperience", 4, "ratingCommunication", 4, "ratingMotivation", 4, "evidence", "Clear answers"));
        TasklistRest.complete(manager, "statusmanager", reference, "Task_DecideHiring", Map.of("hiringDecision", "offer"));
        HttpResponse<String> preparing = page(status);
        assertThat(preparing.body()).contains("We maken een aanbod voor je klaar.");
        assertThat(currentStep(preparing)).isEqualTo("Aanbod");

        TasklistRest.complete(recruiter, "statusrecruiter", reference, "Task_DraftOffer", Map.of("salary", 4200,
                "startDate", "2027-03-01", "terms", "36 hours a week"));
        TasklistRest.complete(manager, "statusmanager", reference, "Task_ApproveOfferByManager",
                Map.of("offerApproved", "approve"));
        HttpResponse<String> offer = page(status);
        assertThat(offer.body()).contains("Er ligt een aanbod voor je klaar.", "Bekijk en beantwoord het aanbod");
        assertThat(page(action(offer, "Bekijk en beantwoord het aanbod")).body())
                .contains("Je aanbod", "Aanbod aannemen", "Aanbod afwijzen");
    }

    @Test
    void untilTheScreeningIsDecidedTheCandidateCanObjectOnceThroughTheStatusPage() throws Exception {
        String reference = apply();
        TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        String status = "/c/" + links.create(new ApplicationReference(reference), LinkPurpose.STATUS, Duration.ofDays(1));
        String object = action(page(status), "Maak bezwaar tegen geautomatiseerde beoordeling");
        HttpResponse<String> objection = page(object);
        assertThat(objection.body()).contains("Bezwaar tegen geautomatiseerde verwerking");

        assertThat(post(object, csrf(objection), "action", "object").body()).contains("Je bezwaar is vastgelegd");

        assertThat(page(status).body()).doesNotContain("Maak bezwaar tegen geautomatiseerde beoordeling");
    }

    @Test
    void aWithdrawnApplicationShowsItsEndWithoutStepsOrActionsButKeepsTheDataRequests() throws Exception {
        String reference = apply();
        TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        String status = "/c/" + links.create(new ApplicationReference(reference), LinkPurpose.STATUS, Duration.ofDays(1));
        String withdraw = action(page(status), "Trek je sollicitatie in");
        HttpResponse<String> confirm = page(withdraw);
        assertThat(post(withdraw, csrf(confirm), "action", "withdraw").body()).contains("ingetrokken");

        HttpResponse<String> ended = page(status);
        assertThat(ended.body()).contains("Je hebt je sollicitatie ingetrokken.", "Vraag een kopie van mijn gegevens")
                .doesNotContain("aria-current=\"step\"", "Wat je nu kunt doen", "Vraag om beoordeling door een mens");
        assertThat(http.get(withdraw).statusCode()).as("the minted link was used").isEqualTo(410);
    }

    private HttpResponse<String> page(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception", "Status Page Candidate", "status@example.org");
        return response;
    }

    /** The path of the action link with this text on the status page. */
    private static String action(HttpResponse<String> statusPage, String label) {
        Matcher link = Pattern.compile("<a href=\"(/c/[A-Za-z0-9_.-]+\\?lang=[a-z]{2})\">" + Pattern.quote(label) + "</a>")
                .matcher(statusPage.body());
        assertThat(link.find()).as("the status page offers " + label).isTrue();
        return link.group(1);
    }

    private static String currentStep(HttpResponse<String> page) {
        Matcher step = CURRENT_STEP.matcher(page.body());
        assertThat(step.find()).as("one step is marked current").isTrue();
        return step.group(1);
    }

    private HttpResponse<String> post(String path, String csrf, String... fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return http.post(path.replaceAll("\\?.*", ""), "application/x-www-form-urlencoded", body.toString());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    private String apply() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Status Page Candidate","email":"status@example.org","language":"nl"}"""
                .formatted(vacancyId));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }
}
