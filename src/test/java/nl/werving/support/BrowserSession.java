package nl.werving.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through Selenium, for the browser tests. The browser and its driver are Debian's
 * packages ({@code chromium}, {@code chromium-driver}, installed by scripts/test.sh), so nothing is downloaded.
 * Screenshots land in {@code target/screenshots}; {@link #assertAccessible()} runs axe-core in the page.
 */
public final class BrowserSession implements AutoCloseable {

    /** Where the screenshots of every browser test go, for people to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = System.getProperty("werving.test.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER =
            System.getProperty("werving.test.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The axe-core impact levels a page may not have. */
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final WebDriver driver;
    private final Path profile;

    private BrowserSession(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh headless browser with an empty profile, at a phone-sized or desktop window width. */
    public static BrowserSession open() {
        return open(new Dimension(1280, 1000));
    }

    /** Starts a fresh headless browser with an empty profile and the given window size. */
    public static BrowserSession open(Dimension windowSize) {
        Path profile;
        try {
            profile = Files.createTempDirectory("werving-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + windowSize.getWidth() + "," + windowSize.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new BrowserSession(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a page and waits until the document has loaded. */
    public BrowserSession get(String url) {
        driver.get(url);
        return this;
    }

    /** Waits (up to 20 s) until an element matching the locator is visible, and returns it. */
    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits (up to 20 s) until an element matching the locator is visible and shows the text. */
    public WebElement waitForText(By locator, String text) {
        // While a form's answer replaces the page, ChromeDriver may report an element of the old page as "Node
        // with given id does not belong to the document" (a plain WebDriverException, not a stale element): keep
        // looking until the new page shows the text or the wait times out.
        return new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(current -> {
            WebElement element = current.findElement(locator);
            return element.getText().contains(text) ? element : null;
        });
    }

    /** The visible text of the whole page. */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a PNG of the visible page as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page and fails when it finds a serious or critical
     * violation, naming each rule and the elements it found.
     */
    public void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.getErrorMessage()).as("axe-core ran on %s", driver.getCurrentUrl()).isNull();
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        assertThat(blocking)
                .as("serious or critical accessibility violations on %s:%n%s", driver.getCurrentUrl(),
                        describe(blocking))
                .isEmpty();
    }

    /** Logs into Werving's own staff pages through the login form at {@code /login}. */
    public BrowserSession logIn(String baseUrl, String user, String password) {
        driver.get(baseUrl + "/login");
        WebElement username = waitFor(By.name("username"));
        username.clear();
        username.sendKeys(user);
        WebElement passwordField = driver.findElement(By.name("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        passwordField.submit();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    /** Logs into Camunda Tasklist and waits until its task list has replaced the login form. */
    public BrowserSession logInToTasklist(String baseUrl, String user, String password) {
        driver.get(baseUrl + "/camunda/app/tasklist/default/");
        By usernameField = By.cssSelector("input[ng-model='username']");
        WebElement username = waitFor(usernameField);
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(usernameField));
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary browser profile left behind is harmless.
        }
    }
}
