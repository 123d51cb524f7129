package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.werving.application.ApplicationReference;
import nl.werving.interview.InterviewPlanning;
import nl.werving.security.WervingGroups;
import nl.werving.support.BrowserSession;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Recruiters and hiring managers in Camunda Tasklist, in a real browser, with Werving's Camunda Forms: a recruiter
 * finds the screening review of an application with a PDF CV, reads the screening evidence in the form (and the CV
 * passages on the page it links to), claims the task and advances the candidate; after the assessment and the
 * interview, the hiring manager who interviewed fills in the scorecard. A screenshot of every step.
 */
@PostgresIntegrationTest
class TasklistBrowserIntegrationTests {

    private static final String RECRUITER = "ittbrecruiter";
    private static final String MANAGER = "ittbmanager";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Longer than the debounce with which form-js passes a field's input on (300 ms). */
    private static final long FORM_JS_DEBOUNCE_MILLIS = 800;

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    InterviewPlanning interviewPlanning;

    @Test
    void aRecruiterReviewsTheScreeningAndAHiringManagerSubmitsAScorecardInTasklist() throws Exception {
        TestUsers.member(identityService, RECRUITER, WervingGroups.RECRUITERS);
        TestUsers.member(identityService, MANAGER, WervingGroups.HIRING_MANAGERS);
        HttpTestClient recruiterRest = new HttpTestClient(port).as(RECRUITER, TestUsers.PASSWORD);
        String reference = applyWithCv();
        String reviewId = TasklistRest.awaitTasks(recruiterRest, reference, "Task_ReviewScreening").get(0)
                .get("id").asText();
        String baseUrl = "http://localhost:" + port;

        try (BrowserSession browser = BrowserSession.open()) {
            WebDriver driver = browser.driver();
            browser.logInToTasklist(baseUrl, RECRUITER, TestUsers.PASSWORD);
            browser.screenshot("tasklist-01-recruiter-logged-in");

            browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + reviewId);
            WebElement form = awaitForm(driver, "What screening found");
            assertThat(form.getText()).contains("Review screening outcome", "Automated recommendation",
                    "MUST_HAVE_MISSING", "Java", "BIG registration", "not found", "What the candidate is told",
                    "The recommendation is not a decision");
            browser.screenshot("tasklist-02-screening-review-with-evidence");
            showDescription(browser, "Decide whether this application goes on to the assessment or ends here",
                    "tasklist-02b-screening-review-description");
            form = awaitForm(driver, "What screening found");

            String evidenceLink = form.findElement(By.partialLinkText("Open the screening evidence"))
                    .getAttribute("href");
            assertThat(evidenceLink).endsWith("/review/applications/" + reference + "/screening");

            // The CV passages behind the findings, on the Werving page the form links to (Werving's own login).
            browser.logIn(baseUrl, RECRUITER, TestUsers.PASSWORD);
            browser.get(evidenceLink);
            browser.waitForText(By.tagName("h1"), "Screening evidence of application " + reference);
            assertThat(browser.pageText()).contains("Each requirement of the vacancy", "Java", "characters");
            browser.screenshot("tasklist-03-screening-evidence-page");
            browser.assertAccessible();

            browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + reviewId);
            awaitForm(driver, "What screening found");
            claim(driver);
            browser.screenshot("tasklist-04-screening-review-claimed");
            chooseRadio(driver, "Advance to the next step");
            browser.screenshot("tasklist-05-screening-review-decided");
            complete(driver);
            awaitTaskGone(reviewId);
            browser.screenshot("tasklist-06-screening-review-completed");
        }
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(reviewId).singleResult().getAssignee())
                .isEqualTo(RECRUITER);

        // Assessment, then the interview with the hiring manager as interviewer.
        assertThat(TasklistRest.postAssessmentResult(new HttpTestClient(port), reference,
                "{\"score\":82,\"completed\":true,\"providerResultId\":\"browser-1\"}").statusCode()).isEqualTo(202);
        OffsetDateTime slot = OffsetDateTime.now().plusDays(2).truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiterRest, RECRUITER, reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "durationMinutes", 60, "interviewers", MANAGER,
                "location", "https://meet.example.org/werving"));
        interviewPlanning.chooseSlot(new ApplicationReference(reference), 1);
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_DayBeforeInterview").singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_InterviewHeld").singleResult().getId());
        Task scorecard = taskService.createTaskQuery().processInstanceId(instanceId)
                .taskDefinitionKey("Task_SubmitScorecard").singleResult();
        assertThat(scorecard.getAssignee()).isEqualTo(MANAGER);

        try (BrowserSession browser = BrowserSession.open()) {
            WebDriver driver = browser.driver();
            browser.logInToTasklist(baseUrl, MANAGER, TestUsers.PASSWORD);
            browser.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + scorecard.getId());
            WebElement form = awaitForm(driver, "Submit interview scorecard");
            browser.screenshot("tasklist-07-scorecard");
            showDescription(browser, "You interview this candidate", "tasklist-07b-scorecard-description");
            form = awaitForm(driver, "Submit interview scorecard");
            fill(driver, form, "Skills (1-5)", "4");
            fill(driver, form, "Experience (1-5)", "4");
            fill(driver, form, "Communication (1-5)", "5");
            fill(driver, form, "Motivation (1-5)", "3");
            fill(driver, form, "Evidence", "Explained a real design trade-off and its tests");
            browser.screenshot("tasklist-08-scorecard-filled");
            complete(driver);
            awaitTaskGone(scorecard.getId());
            browser.screenshot("tasklist-09-scorecard-submitted");
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_DecideHiring")
                .count()).as("the scorecard moved the process on to the hiring decision").isEqualTo(1);
    }

    /** Opens the task's Description tab (its BPMN documentation), checks it, and goes back to the form. */
    private static void showDescription(BrowserSession browser, String text, String screenshot) {
        WebDriver driver = browser.driver();
        driver.findElement(By.xpath("//a[normalize-space()='Description']")).click();
        browser.waitForText(By.tagName("body"), text);
        browser.screenshot(screenshot);
        driver.findElement(By.xpath("//a[normalize-space()='Form']")).click();
    }

    /** Waits until form-js has rendered the task's form and it shows the text. */
    private static WebElement awaitForm(WebDriver driver, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".fjs-container"), text));
        return driver.findElement(By.cssSelector(".fjs-container"));
    }

    /** Claims the open task in Tasklist: the form stays disabled until then. */
    private static void claim(WebDriver driver) {
        By claimLink = By.xpath("//*[self::button or self::a][normalize-space()='Claim']");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(claimLink)).click();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(claimLink));
    }

    /** Chooses a radio option of a form-js radio group by its label, once the form is enabled. */
    private static void chooseRadio(WebDriver driver, String label) {
        WebElement optionLabel = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'fjs-container')]//label[normalize-space()='" + label + "']")));
        WebElement radio = driver.findElement(By.id(optionLabel.getAttribute("for")));
        new WebDriverWait(driver, PATIENCE).until(ignored -> radio.isEnabled());
        scrollToCentre(driver, radio);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", radio);
        new WebDriverWait(driver, PATIENCE).until(ignored -> radio.isSelected());
    }

    /** Tasklist's fixed header and footer cover the form's edges: bring the element to the middle first. */
    private static void scrollToCentre(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Types into an empty form-js field found by its label (required fields add an asterisk to it). form-js passes
     * input on after a short debounce and re-renders every field when it does: typing into the next field before
     * the previous one's input has landed loses the keystrokes, so each field gets time to settle.
     */
    private static void fill(WebDriver driver, WebElement form, String label, String value)
            throws InterruptedException {
        WebElement fieldLabel = form.findElement(By.xpath(".//label[starts-with(normalize-space(), '" + label
                + "')]"));
        WebElement field = driver.findElement(By.id(fieldLabel.getAttribute("for")));
        scrollToCentre(driver, field);
        field.click();
        field.sendKeys(value);
        Thread.sleep(FORM_JS_DEBOUNCE_MILLIS);
        assertThat(field.getDomProperty("value")).as(label).isEqualTo(value);
    }

    private static void complete(WebDriver driver) {
        WebElement complete = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()='Complete']")));
        scrollToCentre(driver, complete);
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", complete);
    }

    private void awaitTaskGone(String taskId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (taskService.createTaskQuery().taskId(taskId).count() > 0) {
            assertThat(System.nanoTime()).as("task %s completed", taskId).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private String applyWithCv() throws Exception {
        return TestApplications.applyWithCvToJavaVacancy(vacancies, port, "Tasklist browser vacancy", "Tomas Tasklist");
    }
}
