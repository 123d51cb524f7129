package nl.werving.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.support.BrowserSession;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestSmtp;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A candidate applies in a real browser (headless Chromium): from the list of vacancies to the vacancy page, the
 * apply form (first with mistakes, then with a PDF CV made here), the confirmation and the optional diversity
 * survey; then the status link from the APPLICATION_RECEIVED mail, received by a real SMTP server, shows the stage.
 * Every step is a screenshot in target/screenshots, and every portal page passes the automated accessibility check.
 */
@PostgresIntegrationTest
class PortalBrowserIntegrationTests {

    private static final Pattern STATUS_LINK = Pattern.compile(
            "follow your application here:\\s*https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+\\?lang=en)");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;

    private GreenMail smtp;
    private MailWorker worker;
    private UUID vacancyId;
    private String title;

    @BeforeEach
    void setUp() {
        int smtpPort = TestSmtp.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid"), event -> { },
                // A failed attempt (an SMTP time-out on a busy machine) is tried again within the wait for a mail.
                Clock.systemUTC(), new MailWorker.Settings(50, 6, Duration.ofSeconds(1)));
        title = "Backend developer, portal browser test " + UUID.randomUUID().toString().substring(0, 8);
        vacancyId = vacancies.createDraft(title, "You build and run the services behind our planning platform in "
                + "Java and Spring Boot.\n\nYou work in a small team in Utrecht.", new BigDecimal("3800"),
                new BigDecimal("5200")).getId();
        vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), 3, null, true, 10),
                new RequirementDraft(null, RequirementKind.SKILL, "Spring Boot", List.of("Spring"), null, null, true,
                        8),
                new RequirementDraft(null, RequirementKind.LANGUAGE, "English", List.of("Engels"), null, "B2", true,
                        6),
                new RequirementDraft(null, RequirementKind.SKILL, "Kafka", List.of("Apache Kafka"), null, null,
                        false, 3)),
                List.of(new KnockoutQuestionDraft(null, "Do you have a work permit for the Netherlands?",
                        "Heb je een werkvergunning voor Nederland?", true))), "hr");
        vacancies.open(vacancyId);
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
    }

    @Test
    void aCandidateAppliesWithAPdfCvAndFollowsTheStatusLinkFromTheMail() throws Exception {
        String base = "http://localhost:" + port;
        String email = "robin.browser." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Path cv = Files.createTempFile("cv-", ".pdf");
        Files.write(cv, cvPdf());
        try (BrowserSession browser = BrowserSession.open()) {
            WebDriver driver = browser.driver();

            browser.get(base + "/vacancies?lang=en");
            browser.waitForText(By.tagName("h1"), "Open vacancies");
            browser.screenshot("portal-01-vacancies");
            browser.assertAccessible();

            driver.findElement(By.linkText(title)).click();
            browser.waitForText(By.tagName("h1"), title);
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Java: at least 3 years", "a person decides", "How the procedure goes");
            browser.screenshot("portal-02-vacancy");
            browser.assertAccessible();

            driver.findElement(By.linkText("Apply for this vacancy")).click();
            assertThat(browser.waitFor(By.id("privacy-title")).getText()).contains("2026-11");
            browser.screenshot("portal-03-apply-form");
            browser.assertAccessible();

            // First with mistakes: the form comes back with each problem next to its field.
            driver.findElement(By.id("fullName")).sendKeys("Robin de Boer");
            driver.findElement(By.id("email")).sendKeys("robin-at-example");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.waitFor(By.id("error-summary")).getText())
                    .contains("Enter an e-mail address like name@example.org", "Answer the question",
                            "Choose your CV file");
            assertThat(driver.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Robin de Boer");
            browser.screenshot("portal-04-apply-form-with-errors");
            browser.assertAccessible();

            driver.findElement(By.id("email")).clear();
            driver.findElement(By.id("email")).sendKeys(email);
            driver.findElement(By.cssSelector("input[name^='knockout-'][value='yes']")).click();
            driver.findElement(By.id("cv")).sendKeys(cv.toAbsolutePath().toString());
            driver.findElement(By.cssSelector("button[type=submit]")).click();

            browser.waitForText(By.tagName("h1"), "Thank you, we received your application");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("What happens next", title);
            browser.screenshot("portal-05-confirmation");
            browser.assertAccessible();

            driver.findElement(By.linkText("Take part in the diversity survey")).click();
            browser.waitForText(By.tagName("h1"), "Diversity survey (optional)");
            browser.screenshot("portal-06-survey");
            browser.assertAccessible();
            driver.findElement(By.cssSelector("input[name='q-age-band'][value='25-34']")).click();
            driver.findElement(By.cssSelector("input[name='q-sex'][value='prefer-not-to-say']")).click();
            driver.findElement(By.id("consent")).click();
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitForText(By.tagName("h1"), "Thank you for taking part");
            browser.screenshot("portal-07-survey-done");
            browser.assertAccessible();

            // The confirmation mail carries the status link; the status page shows the stage.
            MimeMessage mail = applicationReceivedMailTo(email);
            Matcher link = STATUS_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
            assertThat(link.find()).as("the mail holds the status link").isTrue();
            browser.get(base + link.group(1));
            browser.waitForText(By.tagName("h1"), "Your application");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("What happens next");
            assertThat(driver.findElements(By.cssSelector("ol.steps li[aria-current='step']"))).as("the stage's step")
                    .hasSize(1);
            browser.screenshot("portal-08-status-from-mail");
        } finally {
            Files.deleteIfExists(cv);
        }
    }

    @Test
    void theApplyFormFitsAPhoneScreenInDutch() {
        try (BrowserSession browser = BrowserSession.open(new Dimension(390, 844))) {
            browser.get("http://localhost:" + port + "/vacancies/" + vacancyId + "/apply?lang=nl");
            browser.waitForText(By.tagName("h1"), "Solliciteer op");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("no sideways scrolling on a phone").isEqualTo(false);
            browser.screenshot("portal-09-apply-form-phone-nl");
            browser.assertAccessible();
        }
    }

    private MimeMessage applicationReceivedMailTo(String email) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            worker.sendDue();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(email)
                        && message.getSubject().startsWith("We received your application")) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No APPLICATION_RECEIVED mail to the candidate");
    }

    /** A one-page CV as a real PDF, made with OpenPDF. */
    private static byte[] cvPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Robin de Boer - Curriculum vitae"));
        document.add(new Paragraph("Backend developer with five years of experience in Java SE and Spring Boot."));
        document.add(new Paragraph("2020-2025: Java developer at Zwaluwstaart Software, Utrecht. PostgreSQL, Kafka."));
        document.add(new Paragraph("Languages: English (C1), Dutch (B1)."));
        document.close();
        return out.toByteArray();
    }
}
