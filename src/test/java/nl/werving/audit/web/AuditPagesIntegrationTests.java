package nl.werving.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * The audit pages on PostgreSQL: an application of its own vacancy fails the knock-out question, the screening
 * decision recommends rejection and a recruiter advances the candidate against it, with a reason. Auditors and the
 * DPO read the pages; nobody else does, and nobody writes.
 */
@PostgresIntegrationTest
class AuditPagesIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECRUITER = "itauprecruiter";
    private static final String AUDITOR = "itaupauditor";
    private static final String REASON = "Work permit is being arranged";
    private static final String EMAIL = "audit-pages-candidate@example.org";
    private static final String NAME = "Paula Pagewise";
    private static final String UNKNOWN = "23456789ABCDEFGHJKMNPQRS";

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
    private UUID vacancyId;
    private UUID permit;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        auditor = anonymous.as(TestUsers.member(identityService, AUDITOR, WervingGroups.AUDITORS), TestUsers.PASSWORD);
        dpo = new HttpTestClient(port).as(TestUsers.member(identityService, "itaupdpo", WervingGroups.DPO),
                TestUsers.PASSWORD);
        recruiter = new HttpTestClient(port).as(TestUsers.member(identityService, RECRUITER,
                WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        hr = new HttpTestClient(port).as(TestUsers.member(identityService, "itauphr", WervingGroups.HR),
                TestUsers.PASSWORD);
        vacancyId = vacancies.createDraft("Audit pages vacancy " + UUID.randomUUID(), "Drives a van", null, null)
                .getId();
        permit = vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(), List.of(
                new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true))), "itauphr")
                .knockoutQuestions().get(0).id();
        vacancies.open(vacancyId);
    }

    @Test
    void theStartPageOpensAnApplicationByItsReference() throws Exception {
        String reference = applyAndOverride();

        HttpResponse<String> start = auditor.get("/audit");
        HttpResponse<String> found = auditor.get("/audit?reference=+" + reference.toLowerCase() + "+");

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("<label for=\"reference\"", "aria-describedby=\"reference-hint\"",
                "href=\"/audit/oversight\"", "href=\"/audit/fairness\"", "href=\"/audit/governance\"");
        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(found.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/audit/applications/" + reference));
    }

    @Test
    void aMalformedReferenceIsA400WithTheErrorAtTheFieldAndAnUnknownOneA404Page() {
        HttpResponse<String> malformed = auditor.get("/audit?reference=W-NOSUCHREF");
        HttpResponse<String> empty = auditor.get("/audit?reference=");
        HttpResponse<String> malformedPath = auditor.get("/audit/applications/W-NOSUCHREF/decisions");
        HttpResponse<String> unknown = auditor.get("/audit/applications/" + UNKNOWN);
        HttpResponse<String> unknownDecisions = auditor.get("/audit/applications/" + UNKNOWN + "/decisions");
        HttpResponse<String> unknownVersions = auditor.get("/audit/applications/" + UNKNOWN + "/versions");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("aria-invalid=\"true\"",
                "aria-describedby=\"reference-error reference-hint\"", "id=\"reference-error\"",
                "is not an application reference", "value=\"W-NOSUCHREF\"");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Enter an application reference");
        assertThat(malformedPath.statusCode()).isEqualTo(400);
        assertThat(malformedPath.body()).contains("<h1>Not an application reference</h1>");
        for (HttpResponse<String> page : List.of(unknown, unknownDecisions, unknownVersions)) {
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("<h1>Application not found</h1>", UNKNOWN)
                    .doesNotContain("Exception").doesNotContain("Whitelabel");
        }
    }

    @Test
    void theDecisionRecordsPageShowsTheRuleTheRecommendationAndThePersonWhoOverrodeIt() {
        String reference = applyAndOverride();

        HttpResponse<String> page = dpo.get("/audit/applications/" + reference + "/decisions");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<caption>Automated recommendations", "<caption>Decisions taken by people",
                "<th scope=\"col\">", "<th scope=\"row\">", "ScreeningDecision", "Rule_KnockoutFailed",
                "knockoutFailed=true", "SCREENING_REVIEW", REASON, RECRUITER, "<td>yes</td>")
                .doesNotContain(EMAIL).doesNotContain(NAME).doesNotContain("<script");
    }

    @Test
    void theTimelineAndVersionsPagesLinkTheExportsAndNameTheModelVersions() {
        String reference = applyAndOverride();

        HttpResponse<String> timeline = auditor.get("/audit/applications/" + reference);
        HttpResponse<String> versions = auditor.get("/audit/applications/" + reference + "/versions");

        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("/api/applications/" + reference + "/timeline?format=csv",
                "/api/applications/" + reference + "/timeline?format=pdf", "task-completed", "<html lang=\"en\"")
                .doesNotContain(EMAIL);
        assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
        assertThat(versions.body()).contains("<caption>Process instances", "HiringProcess", "ScreeningDecision",
                "ReviewScreeningForm", "Task_ReviewScreening");
    }

    @Test
    void theOversightPageShowsTheReviewerWhoOverrodeAndRefusesABadFilterAtItsField() {
        applyAndOverride();

        HttpResponse<String> page = auditor.get("/audit/oversight?vacancyId=" + vacancyId + "&from=&to=");
        HttpResponse<String> badVacancy = auditor.get("/audit/oversight?vacancyId=not-an-id");
        HttpResponse<String> badThreshold = auditor.get("/audit/oversight?thresholdSeconds=0");
        HttpResponse<String> reversed = auditor.get("/audit/oversight?from=2026-03-01&to=2026-01-01");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<caption>Reviews per reviewer", "<th scope=\"row\">" + RECRUITER + "</th>",
                "SCREENING_REVIEW", "100.0 %");
        assertThat(badVacancy.statusCode()).isEqualTo(400);
        assertThat(badVacancy.body()).contains("id=\"vacancyId-error\"", "aria-invalid=\"true\"",
                "This is not a vacancy id", "value=\"not-an-id\"");
        assertThat(badThreshold.statusCode()).isEqualTo(400);
        assertThat(badThreshold.body()).contains("id=\"thresholdSeconds-error\"");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("The first day lies after the last day");
    }

    @Test
    void theFairnessPageShowsEveryStageWithItsUnknownsAndLinksTheCsv() {
        applyAndOverride();

        HttpResponse<String> page = auditor.get("/audit/fairness?vacancyId=" + vacancyId);
        HttpResponse<String> badDate = dpo.get("/audit/fairness?from=31-01-2026");

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h2>Screening</h2>", "<h2>Offer</h2>", "Groups with fewer than",
                "/api/fairness?format=csv&amp;vacancyId=" + vacancyId);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("id=\"from-error\"", "This is not a date");
    }

    @Test
    void theGovernancePageListsDeploymentsAndComparesDecisionTableVersions() {
        HttpResponse<String> page = auditor.get("/audit/governance");
        HttpResponse<String> same = dpo.get("/audit/governance/diff?key=ScreeningDecision&from=1&to=1");
        HttpResponse<String> badVersion = auditor.get("/audit/governance/diff?key=ScreeningDecision&from=x&to=1");
        HttpResponse<String> unknownVersion = auditor.get("/audit/governance/diff?key=ScreeningDecision&from=1&to=9999");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<caption>Deployments, newest first", "ScreeningDecision",
                "HiringProcess", "<option value=\"ScreeningDecision\">");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(same.body()).contains("the same columns, rules and hit policy");
        assertThat(badVersion.statusCode()).isEqualTo(400);
        assertThat(badVersion.body()).contains("id=\"from-error\"", "Enter a version number");
        assertThat(unknownVersion.statusCode()).isEqualTo(404);
        assertThat(unknownVersion.body()).contains("<h1>Version not found</h1>");
    }

    @Test
    void onlyAuditorsAndTheDpoReadThePagesAndNobodyPostsToThem() {
        String reference = applyAndOverride();
        List<String> pages = List.of("/audit", "/audit/applications/" + reference,
                "/audit/applications/" + reference + "/decisions", "/audit/applications/" + reference + "/versions",
                "/audit/oversight", "/audit/fairness", "/audit/governance",
                "/audit/governance/diff?key=ScreeningDecision&from=1&to=1");

        for (String page : pages) {
            assertThat(auditor.get(page).statusCode()).as(page).isEqualTo(200);
            assertThat(dpo.get(page).statusCode()).as(page).isEqualTo(200);
            assertThat(recruiter.get(page).statusCode()).as(page).isEqualTo(403);
            assertThat(hr.get(page).statusCode()).as(page).isEqualTo(403);
            HttpResponse<String> anonymousRead = new HttpTestClient(port).get(page, "Accept", "text/html");
            assertThat(anonymousRead.statusCode()).as(page).isEqualTo(302);
            assertThat(anonymousRead.headers().firstValue("Location")).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/login"));
            assertThat(auditor.post(page, "application/x-www-form-urlencoded", "reference=" + reference)
                    .statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void everyReadOfAnApplicationOrAReportIsLogged() {
        String reference = applyAndOverride();
        int before = reads("reference=" + reference);

        auditor.get("/audit/applications/" + reference);
        auditor.get("/audit/applications/" + reference + "/decisions");
        auditor.get("/audit/applications/" + reference + "/versions");
        recruiter.get("/audit/applications/" + reference + "/decisions");
        auditor.get("/audit/oversight?vacancyId=" + vacancyId);
        auditor.get("/audit/fairness?vacancyId=" + vacancyId);

        assertThat(reads("reference=" + reference) - before).as("three reads; the refused one reads nothing")
                .isEqualTo(3);
        List<Map<String, Object>> rows = jdbc.queryForList("select user_id, what from audit_read_log "
                + "where parameters = ? order by read_at desc limit 3", "reference=" + reference);
        assertThat(rows).extracting(row -> row.get("what")).containsExactlyInAnyOrder("application-timeline-page",
                "decision-records-page", "application-versions-page");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("user_id")).isEqualTo(AUDITOR));
        assertThat(jdbc.queryForObject("select count(*) from audit_read_log where user_id = ? and what = ? "
                + "and parameters like ?", Integer.class, AUDITOR, "oversight-metrics", "vacancyId=" + vacancyId + "%"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_read_log where user_id = ? and what = ? "
                + "and parameters like ?", Integer.class, AUDITOR, "fairness-report", "%" + vacancyId + "%"))
                .isEqualTo(1);
    }

    /** Applies failing the knock-out question; the recruiter advances against the recommendation to reject. */
    private String applyAndOverride() {
        try {
            HttpResponse<String> applied = anonymous.postJson("/api/applications", """
                    {"vacancyId":"%s","fullName":"%s","email":"%s","knockoutAnswers":{"%s":false},
                     "privacyNoticeVersion":"2026-11"}"""
                    .formatted(vacancyId, NAME, EMAIL, permit));
            assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
            String reference = JSON.readTree(applied.body()).get("reference").asText();
            TasklistRest.complete(recruiter, RECRUITER, reference, "Task_ReviewScreening",
                    Map.of("reviewDecision", "advance", "rejectionReason", REASON));
            return reference;
        } catch (Exception failure) {
            throw new AssertionError(failure);
        }
    }

    private int reads(String parameters) {
        return jdbc.queryForObject("select count(*) from audit_read_log where parameters = ?", Integer.class,
                parameters);
    }
}
