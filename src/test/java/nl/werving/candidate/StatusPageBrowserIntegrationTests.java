package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.HiringProcess;
import nl.werving.security.WervingGroups;
import nl.werving.support.BrowserSession;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A candidate in a real browser (headless Chromium) follows their application from the links in the mails they
 * receive (GreenMail): the status page, picking an interview slot, the status page with the planned interview,
 * a copy of their data (asked on the status page, confirmed and downloaded from the mails), accepting the offer,
 * and asking for their data to be erased. Every page is checked with axe-core and photographed into
 * target/screenshots/status-*.png.
 */
@PostgresIntegrationTest
class StatusPageBrowserIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANDIDATE = "status.browser@example.org";
    /** A failed attempt (an SMTP time-out on a busy machine) is tried again well within a wait for a mail. */
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s\"]+(/c/[A-Za-z0-9_.-]+)");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessEngine processEngine;

    private GreenMail smtp;
    private MailWorker worker;
    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient manager;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void setUp() {
        int smtpPort = TestSmtp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid"), event -> { },
                Clock.systemUTC(), new MailWorker.Settings(50, 6, RETRY_DELAY));
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "browserrecruiter", WervingGroups.RECRUITERS);
        TestUsers.member(identityService, "browsermanager", WervingGroups.HIRING_MANAGERS);
        recruiter = new HttpTestClient(port).as("browserrecruiter", TestUsers.PASSWORD);
        manager = new HttpTestClient(port).as("browsermanager", TestUsers.PASSWORD);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void theCandidateFollowsTheApplicationPicksASlotGetsTheirDataAcceptsTheOfferAndAsksForErasure() throws Exception {
        String reference = apply();
        TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening");
        sendEverythingDue();
        String status = linkShowing(mailTo("We hebben je sollicitatie"), "Wat er nu gebeurt");

        try (BrowserSession browser = BrowserSession.open()) {
            browser.get(url(status));
            browser.waitForText(By.tagName("h1"), "Je sollicitatie");
            assertThat(browser.pageText()).contains("Je sollicitatie wacht op beoordeling door een recruiter.",
                    "Wat er nu gebeurt");
            shoot(browser, "status-01-waiting-for-review");
            browser.driver().findElement(By.tagName("summary")).click();
            assertThat(browser.pageText()).contains("Een recruiter neemt de beslissing");
            shoot(browser, "status-02-screening-explanation");

            advanceToSlotChoice(reference);
            sendEverythingDue();
            browser.get(url(linkShowing(mailTo("Kies een moment voor je gesprek"), "name=\"slot\"")));
            browser.waitForText(By.tagName("h1"), "Kies een tijd voor je gesprek");
            shoot(browser, "status-03-choose-slot");
            browser.driver().findElement(By.id("slot-2")).click();
            browser.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waitForText(By.tagName("h1"), "Gelukt");
            assertThat(browser.pageText()).contains("Je hebt gekozen");
            shoot(browser, "status-04-slot-chosen");

            browser.get(url(status));
            browser.waitForText(By.tagName("h1"), "Je sollicitatie");
            assertThat(browser.pageText()).contains("Je gesprek is gepland op", "Vraag om een ander moment");
            shoot(browser, "status-05-interview-planned");

            advanceToOffer(reference);
            sendEverythingDue();
            browser.get(url(status));
            browser.waitForText(By.tagName("h1"), "Je sollicitatie");
            assertThat(browser.pageText()).contains("Er ligt een aanbod voor je klaar.");
            shoot(browser, "status-06-offer-waiting");

            // A copy of the data: asked on the status page, confirmed from the mail, downloaded from the next mail.
            browser.driver().findElement(By.cssSelector("button[value='access']")).click();
            browser.waitForText(By.tagName("h1"), "Kijk in je e-mail");
            shoot(browser, "status-07-copy-asked");
            sendEverythingDue();
            browser.get(url(linkShowing(mailTo("Bevestig je verzoek"), "Ja, bevestig mijn verzoek")));
            browser.waitForText(By.tagName("h1"), "Vraag een kopie van je gegevens");
            shoot(browser, "status-08-copy-confirm");
            browser.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waitForText(By.tagName("h1"), "Gelukt");
            shoot(browser, "status-09-copy-confirmed");
            String download = linkShowing(awaitMailTo("Je gegevens staan klaar"), "Download mijn gegevens");
            browser.get(url(download));
            browser.waitForText(By.tagName("h1"), "Download je gegevens");
            shoot(browser, "status-10-download");
            browser.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
            awaitGone(download);

            // The offer, from its mail; a hire erases the applicant's copy at once, so the job executor waits
            // until the hired candidate has asked for erasure themselves. A job thread still busy when it stops
            // may run the jobs its own work creates, so the data lifecycle's jobs are held as well.
            browser.get(url(linkShowing(mailTo("Een aanbod voor"), "Aanbod aannemen")));
            browser.waitForText(By.tagName("h1"), "Je aanbod");
            shoot(browser, "status-11-offer");
            JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                    .getJobExecutor();
            jobExecutor.shutdown();
            managementService.updateJobDefinitionSuspensionState()
                    .byProcessDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY).includeJobs(true).suspend();
            try {
                browser.driver().findElement(By.cssSelector("button[value='accept']")).click();
                browser.waitForText(By.tagName("h1"), "Gelukt");
                assertThat(browser.pageText()).contains("Je hebt het aanbod aangenomen");
                shoot(browser, "status-12-offer-accepted");

                browser.get(url(status));
                browser.waitForText(By.tagName("h1"), "Je sollicitatie");
                assertThat(browser.pageText()).contains("bent aangenomen");
                shoot(browser, "status-13-hired");
                browser.driver().findElement(By.cssSelector("button[value='erasure']")).click();
                browser.waitForText(By.tagName("h1"), "Kijk in je e-mail");
                shoot(browser, "status-14-erasure-asked");
                awaitMailsTo("Bevestig je verzoek", 2);
                browser.get(url(linkShowing(lastMailTo("Bevestig je verzoek"), "Wil je dat we je gegevens wissen?")));
                browser.waitForText(By.tagName("h1"), "Wis je gegevens");
                shoot(browser, "status-15-erasure-confirm");
                browser.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
                browser.waitForText(By.tagName("h1"), "Gelukt");
                assertThat(browser.pageText()).contains("We wissen je gegevens");
                shoot(browser, "status-16-erasure-confirmed");
            } finally {
                managementService.updateJobDefinitionSuspensionState()
                        .byProcessDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY).includeJobs(true).activate();
                jobExecutor.start();
            }

            awaitStatus(status, 404);
            browser.get(url(status) + "?lang=nl");
            browser.waitForText(By.tagName("h1"), "Sollicitatie niet gevonden");
            shoot(browser, "status-17-erased");
        }
    }

    @Test
    void aRejectedCandidateAsksForAHumanReviewAndIsToldWhatIsMissingFirst() throws Exception {
        String reference = apply();
        TasklistRest.complete(recruiter, "browserrecruiter", reference, "Task_ReviewScreening", Map.of(
                "reviewDecision", "reject", "rejectionReason", "We zoeken iemand met ervaring in de zorg."));
        sendEverythingDue();
        String status = linkShowing(mailTo("We hebben je sollicitatie"), "Wat er nu gebeurt");

        try (BrowserSession browser = BrowserSession.open(new org.openqa.selenium.Dimension(390, 900))) {
            browser.get(url(status));
            browser.waitForText(By.tagName("h1"), "Je sollicitatie");
            assertThat(browser.pageText()).contains("we hebben je niet gekozen", "Een mens heeft dit besloten");
            shoot(browser, "status-review-01-rejected-phone");
            browser.driver().findElement(By.linkText("Vraag om beoordeling door een mens")).click();
            browser.waitForText(By.tagName("h1"), "Vraag om beoordeling door een mens");
            shoot(browser, "status-review-02-form");
            browser.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waitForText(By.id("statement-error"), "Schrijf je toelichting");
            assertThat(browser.driver().findElement(By.id("statement")).getAttribute("aria-invalid")).isEqualTo("true");
            shoot(browser, "status-review-03-statement-missing");
            browser.driver().findElement(By.id("statement"))
                    .sendKeys("Ik heb vier jaar als verpleegkundige gewerkt; dat staat in mijn motivatie.");
            browser.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
            browser.waitForText(By.tagName("h1"), "Gelukt");
            shoot(browser, "status-review-04-requested");
            browser.get(url(status));
            browser.waitForText(By.tagName("h1"), "Je sollicitatie");
            assertThat(browser.pageText()).contains("Een andere collega beoordeelt het besluit opnieuw");
            shoot(browser, "status-review-05-pending");
        }
    }

    private void shoot(BrowserSession browser, String name) {
        browser.screenshot(name);
        browser.assertAccessible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void advanceToSlotChoice(String reference) throws Exception {
        TasklistRest.complete(recruiter, "browserrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        assertThat(TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":84,\"completed\":true,\"providerResultId\":\"browser-1\"}").statusCode()).isEqualTo(202);
        OffsetDateTime slot = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(4).withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "browserrecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "slot2Start", slot.plusDays(1).withHour(14).toString(),
                "durationMinutes", 60, "interviewers", "browsermanager", "location", "Keizersgracht 1, Amsterdam"));
    }

    private void advanceToOffer(String reference) throws Exception {
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_DayBeforeInterview").singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_InterviewHeld").singleResult().getId());
        TasklistRest.complete(manager, "browsermanager", reference, "Task_SubmitScorecard", Map.of("ratingSkills", 4,
                "ratingExperience", 5, "ratingCommunication", 4, "ratingMotivation", 5, "evidence", "Strong answers"));
        TasklistRest.complete(manager, "browsermanager", reference, "Task_DecideHiring",
                Map.of("hiringDecision", "offer"));
        TasklistRest.complete(recruiter, "browserrecruiter", reference, "Task_DraftOffer", Map.of("salary", 4100,
                "startDate", OffsetDateTime.now().plusMonths(2).toLocalDate().toString(), "terms", "36 hours a week"));
        TasklistRest.complete(manager, "browsermanager", reference, "Task_ApproveOfferByManager",
                Map.of("offerApproved", "approve"));
    }

    private String apply() throws Exception {
        String vacancyId = vacancies.publishIfAbsent("Status page browser vacancy", "Candidates in a real browser")
                .getId().toString();
        vacancies.setSalaryBand(java.util.UUID.fromString(vacancyId), new BigDecimal("3500"), new BigDecimal("4500"));
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Browser Kandidaat","email":"%s","language":"nl"}"""
                .formatted(vacancyId, CANDIDATE));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    /** The path of the candidate link in the mail whose page shows the text. */
    private String linkShowing(MimeMessage mail, String text) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        while (link.find()) {
            HttpResponse<String> page = http.get(link.group(1));
            if (page.statusCode() == 200 && page.body().contains(text)) {
                return link.group(1);
            }
        }
        throw new AssertionError("No link in the mail leads to a page with " + text);
    }

    private void awaitGone(String path) throws InterruptedException {
        awaitStatus(path, 410);
    }

    private void awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (http.get(path).statusCode() != status) {
            assertThat(System.nanoTime()).as(path + " answers " + status).isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    private void sendEverythingDue() throws Exception {
        while (worker.sendDue() > 0) {
            // next batch
        }
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(CANDIDATE)) {
                received.add(message);
            }
        }
        smtp.reset();
    }

    private MimeMessage awaitMailTo(String subjectStart) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            sendEverythingDue();
            for (MimeMessage message : received) {
                if (message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            assertThat(System.nanoTime()).as(() -> "a mail " + subjectStart + "; " + candidateOutbox())
                    .isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    /** Sends what is due until the candidate has received this many mails with the subject (up to 30 s). */
    private void awaitMailsTo(String subjectStart, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            sendEverythingDue();
            long received = this.received.stream().filter(message -> subject(message).startsWith(subjectStart))
                    .count();
            if (received >= count) {
                return;
            }
            assertThat(System.nanoTime()).as(() -> count + " mails " + subjectStart + "; " + candidateOutbox())
                    .isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    /** The candidate's messages in the outbox, for a failed wait to say what became of them. */
    private String candidateOutbox() {
        return new JdbcTemplate(dataSource).queryForList("select m.type, m.round, m.status, m.attempts, m.last_failure"
                + " from outbound_message m join application a on a.id = m.application_id"
                + " join applicant p on p.id = a.applicant_id where p.email = ? and m.recipient_kind = 'CANDIDATE'"
                + " order by m.created_at", CANDIDATE).toString();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage mailTo(String subjectStart) throws Exception {
        for (MimeMessage message : received) {
            if (message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("No mail to the candidate starting with " + subjectStart);
    }

    private MimeMessage lastMailTo(String subjectStart) throws Exception {
        MimeMessage last = null;
        for (MimeMessage message : received) {
            if (message.getSubject().startsWith(subjectStart)) {
                last = message;
            }
        }
        assertThat(last).as("a mail " + subjectStart).isNotNull();
        return last;
    }
}
