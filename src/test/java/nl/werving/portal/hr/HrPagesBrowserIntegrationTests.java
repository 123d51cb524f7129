package nl.werving.portal.hr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.screening.MatchStatus;
import nl.werving.screening.RequirementResult;
import nl.werving.screening.ScreeningResult;
import nl.werving.screening.ScreeningResults;
import nl.werving.security.WervingGroups;
import nl.werving.support.BrowserSession;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyRequirements;
import nl.werving.vacancy.VacancyStatus;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR in a real browser: logs in, creates a vacancy, gives it requirements and a knock-out question, opens it, and
 * sees an application to it screened against exactly those requirements; every HR page is checked with axe-core.
 */
@PostgresIntegrationTest
class HrPagesBrowserIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    ScreeningResults screeningResults;

    @Test
    void hrCreatesAVacancyWithRequirementsThatThenScreensAnApplication() throws Exception {
        String baseUrl = "http://localhost:" + port;
        String user = TestUsers.member(identityService, "hrbrowser", WervingGroups.HR);
        String title = "Kotlin developer " + UUID.randomUUID().toString().substring(0, 8);
        UUID vacancyId;
        try (BrowserSession browser = BrowserSession.open()) {
            WebDriver driver = browser.driver();
            browser.get(baseUrl + "/login?lang=en");
            browser.screenshot("hr-01-login");
            browser.assertAccessible();
            browser.logIn(baseUrl, user, TestUsers.PASSWORD);

            browser.get(baseUrl + "/hr/vacancies");
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Vacancies");
            browser.screenshot("hr-02-vacancies");
            browser.assertAccessible();

            driver.findElement(By.linkText("Create a vacancy")).click();
            browser.waitFor(By.id("title"));
            driver.findElement(By.id("description")).sendKeys("You build our hiring services in Kotlin.");
            driver.findElement(By.id("salaryMin")).sendKeys("4.2k");
            driver.findElement(By.cssSelector("main button[type=submit]")).click();
            browser.waitFor(By.cssSelector(".error-summary"));
            assertThat(driver.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id("description")).getAttribute("value"))
                    .isEqualTo("You build our hiring services in Kotlin.");
            browser.screenshot("hr-03-new-vacancy-with-errors");
            browser.assertAccessible();

            driver.findElement(By.id("title")).sendKeys(title);
            driver.findElement(By.id("salaryMin")).clear();
            driver.findElement(By.id("salaryMin")).sendKeys("4200");
            driver.findElement(By.id("salaryMax")).sendKeys("5800");
            driver.findElement(By.cssSelector("main button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".confirmation"), "created as a draft");
            browser.screenshot("hr-04-vacancy-created");
            browser.assertAccessible();
            vacancyId = UUID.fromString(driver.getCurrentUrl().replaceAll(".*/hr/vacancies/([0-9a-f-]{36}).*", "$1"));

            driver.findElement(By.linkText("Edit requirements and knock-out questions")).click();
            browser.waitFor(By.id("requirements-0-kind"));
            browser.screenshot("hr-05-requirements-empty");
            browser.assertAccessible();
            new Select(driver.findElement(By.id("requirements-0-kind"))).selectByValue("SKILL");
            driver.findElement(By.id("requirements-0-label")).sendKeys("Kotlin");
            driver.findElement(By.id("requirements-0-synonyms")).sendKeys("Kotlin/JVM");
            driver.findElement(By.id("requirements-0-minimumYears")).sendKeys("2");
            driver.findElement(By.id("requirements-0-weight")).sendKeys("8");
            driver.findElement(By.id("requirements-0-mustHave")).click();
            new Select(driver.findElement(By.id("requirements-1-kind"))).selectByValue("LANGUAGE");
            driver.findElement(By.id("requirements-1-label")).sendKeys("Dutch");
            driver.findElement(By.id("requirements-1-synonyms")).sendKeys("Nederlands");
            driver.findElement(By.id("requirements-1-weight")).sendKeys("2");
            driver.findElement(By.id("questions-0-questionEn")).sendKeys("Do you have a work permit for the Netherlands?");
            driver.findElement(By.id("questions-0-questionNl")).sendKeys("Heb je een werkvergunning voor Nederland?");
            new Select(driver.findElement(By.id("questions-0-requiredAnswer"))).selectByValue("true");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();

            // The language needs a level: the editor says so at the field and keeps everything typed.
            browser.waitFor(By.id("requirements-1-level-error"));
            assertThat(driver.findElement(By.id("requirements-0-label")).getAttribute("value")).isEqualTo("Kotlin");
            browser.screenshot("hr-06-requirements-with-errors");
            browser.assertAccessible();
            new Select(driver.findElement(By.id("requirements-1-level"))).selectByValue("B2");
            driver.findElement(By.cssSelector("main form button[type=submit]")).click();
            browser.waitForText(By.cssSelector(".confirmation"), "Saved as version 1.");
            browser.screenshot("hr-07-requirements-saved");
            browser.assertAccessible();

            driver.findElement(By.linkText("Back to the vacancy")).click();
            browser.waitFor(By.xpath("//button[text()='Open the vacancy']")).click();
            browser.waitForText(By.cssSelector(".confirmation"), "open and takes applications");
            assertThat(browser.pageText()).contains("Kotlin").contains("Do you have a work permit");
            browser.screenshot("hr-08-vacancy-opened");
            browser.assertAccessible();
            assertThat(vacancies.findById(vacancyId)).get().extracting(Vacancy::getStatus)
                    .isEqualTo(VacancyStatus.OPEN);

            ScreeningResult screening = applyAndAwaitScreening(vacancyId);
            RequirementResult kotlin = screening.requirements().stream()
                    .filter(requirement -> requirement.label().equals("Kotlin")).findFirst().orElseThrow();
            assertThat(kotlin.status()).isEqualTo(MatchStatus.MATCHED);
            assertThat(kotlin.evidence()).isNotEmpty()
                    .anySatisfy(evidence -> assertThat(evidence.passage()).contains("Kotlin"));
            assertThat(screening.requirements()).extracting(RequirementResult::label).contains("Dutch");
            assertThat(screening.requirementsVersion()).isEqualTo(1);
            assertThat(screening.knockoutFailed()).isFalse();

            browser.get(baseUrl + "/hr/vacancies/" + vacancyId + "/pipeline");
            browser.waitFor(By.id("pipeline-in-progress"));
            assertThat(browser.pageText()).contains("Applications to this vacancy in progress: 1.");
            browser.screenshot("hr-09-pipeline");
            browser.assertAccessible();

            browser.get(baseUrl + "/hr/vacancies/" + vacancyId + "?lang=nl");
            browser.waitFor(By.xpath("//button[text()='Geautomatiseerde screening uitzetten voor deze vacature']"))
                    .click();
            browser.waitForText(By.cssSelector(".confirmation"), "staat uit voor deze vacature");
            browser.screenshot("hr-10-automation-off-nl");
            browser.assertAccessible();

            browser.get(baseUrl + "/hr/vacancies/" + vacancyId + "/edit");
            browser.waitFor(By.id("title"));
            browser.screenshot("hr-11-edit-vacancy-nl");
            browser.assertAccessible();
            browser.get(baseUrl + "/hr/vacancies/" + vacancyId + "/requirements?lang=en");
            browser.waitFor(By.id("requirements-0-kind"));
            browser.screenshot("hr-12-requirements-version-1");
            browser.assertAccessible();
        }
        try (BrowserSession phone = BrowserSession.open(new Dimension(390, 844))) {
            phone.logIn(baseUrl, user, TestUsers.PASSWORD);
            phone.get(baseUrl + "/hr/vacancies?lang=en");
            phone.waitFor(By.linkText(title));
            phone.screenshot("hr-13-vacancies-phone");
            phone.assertAccessible();
            phone.get(baseUrl + "/hr/vacancies/" + vacancyId + "/requirements");
            phone.waitFor(By.id("requirements-0-kind"));
            phone.screenshot("hr-14-requirements-phone");
            phone.assertAccessible();
        }
    }

    /** A candidate applies through the public API with a plain-text CV; waits until screening stored its result. */
    private ScreeningResult applyAndAwaitScreening(UUID vacancyId) throws Exception {
        VacancyRequirements requirements = vacancies.requirements(vacancyId);
        KnockoutQuestion question = requirements.knockoutQuestions().get(0);
        String cv = """
                Software engineer

                Experience
                2019 - now: backend developer at a logistics company. Five years of Kotlin and Java on the JVM,
                building REST services with Spring Boot.
                """;
        HttpResponse<String> response = new HttpTestClient(port).postMultipart("/api/applications",
                HttpTestClient.Part.json("application", """
                        {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                         "fullName":"Kim Browser","email":"kim.browser@example.org",
                         "language":"en","knockoutAnswers":{"%s":true}}""".formatted(vacancyId, question.id())),
                new HttpTestClient.Part("cv", "cv.txt", "text/plain", cv.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        UUID applicationId = applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            var result = screeningResults.latest(applicationId);
            if (result.isPresent()) {
                return result.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The application was not screened within 30 seconds");
    }
}
