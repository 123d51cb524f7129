package nl.werving.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.security.WervingGroups;
import nl.werving.support.BrowserSession;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An auditor in a real browser: logs in, finds an application by its reference, reads its timeline, decision records
 * and model versions, the oversight metrics, the fairness report and the governance pages. Every page is checked for
 * accessibility and saved as a screenshot.
 */
@PostgresIntegrationTest
class AuditPagesBrowserIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUDITOR = "itaubauditor";
    private static final String RECRUITER = "itaubrecruiter";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;

    @Test
    void anAuditorReadsEveryAuditPageOfAnOverriddenApplication() throws Exception {
        String reference = applyAndOverride();
        TestUsers.member(identityService, AUDITOR, WervingGroups.AUDITORS);
        String baseUrl = "http://localhost:" + port;

        try (BrowserSession browser = BrowserSession.open()) {
            WebDriver driver = browser.driver();
            browser.logIn(baseUrl, AUDITOR, TestUsers.PASSWORD);
            browser.get(baseUrl + "/audit");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit");
            step(browser, "audit-01-start");

            driver.findElement(By.id("reference")).sendKeys("NOT-A-REFERENCE");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            awaitText(driver, By.id("reference-error"), "not an application reference");
            assertThat(driver.findElement(By.id("reference")).getAttribute("aria-invalid")).isEqualTo("true");
            step(browser, "audit-02-malformed-reference");

            driver.findElement(By.id("reference")).clear();
            driver.findElement(By.id("reference")).sendKeys(reference);
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            awaitText(driver, By.tagName("h1"), "Audit timeline of application " + reference);
            assertThat(driver.findElement(By.tagName("table")).getText()).contains("task-completed");
            step(browser, "audit-03-timeline");

            driver.findElement(By.linkText("Decision records")).click();
            awaitText(driver, By.tagName("h1"), "Decision records of application " + reference);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("ScreeningDecision",
                    "Rule_KnockoutFailed", "Work permit is being arranged", RECRUITER);
            step(browser, "audit-04-decision-records");

            driver.findElement(By.linkText("Model versions")).click();
            awaitText(driver, By.tagName("h1"), "Model versions of application " + reference);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("HiringProcess",
                    "ReviewScreeningForm");
            step(browser, "audit-05-model-versions");

            driver.findElement(By.linkText("Human oversight")).click();
            awaitText(driver, By.tagName("h1"), "Human oversight");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains(RECRUITER);
            step(browser, "audit-06-oversight");

            driver.findElement(By.linkText("Fairness report")).click();
            awaitText(driver, By.tagName("h1"), "Fairness report");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Screening", "Unknown");
            step(browser, "audit-07-fairness");

            driver.findElement(By.linkText("Model governance")).click();
            awaitText(driver, By.tagName("h1"), "Model governance");
            step(browser, "audit-08-governance");

            driver.findElement(By.id("to")).clear();
            driver.findElement(By.id("to")).sendKeys("1");
            driver.findElement(By.cssSelector("form button[type=submit]")).click();
            awaitText(driver, By.tagName("h1"), "version 1 compared with version 1");
            step(browser, "audit-09-decision-table-diff");
        }
    }

    private static void step(BrowserSession browser, String name) {
        browser.screenshot(name);
        browser.assertAccessible();
    }

    private static void awaitText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Applies failing the knock-out question; a recruiter advances against the recommendation to reject. */
    private String applyAndOverride() throws Exception {
        HttpTestClient anonymous = new HttpTestClient(port);
        HttpTestClient recruiter = new HttpTestClient(port).as(TestUsers.member(identityService, RECRUITER,
                WervingGroups.RECRUITERS), TestUsers.PASSWORD);
        UUID vacancyId = vacancies.createDraft("Audit browser vacancy " + UUID.randomUUID(), "Drives a van", null,
                null).getId();
        UUID permit = vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(), List.of(
                new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true))), "itaubhr")
                .knockoutQuestions().get(0).id();
        vacancies.open(vacancyId);
        HttpResponse<String> applied = anonymous.postJson("/api/applications", """
                {"vacancyId":"%s","fullName":"Bea Browser","email":"bea.browser@example.org",
                 "knockoutAnswers":{"%s":false},"privacyNoticeVersion":"2026-11"}""".formatted(vacancyId, permit));
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        String reference = JSON.readTree(applied.body()).get("reference").asText();
        TasklistRest.complete(recruiter, RECRUITER, reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance", "rejectionReason", "Work permit is being arranged"));
        return reference;
    }
}
