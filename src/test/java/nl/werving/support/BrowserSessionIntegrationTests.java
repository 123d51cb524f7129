package nl.werving.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser the UI tests rely on: it renders Werving, takes screenshots, and its accessibility check can fail. */
@PostgresIntegrationTest
class BrowserSessionIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void rendersTheStartPageTakesAScreenshotAndFindsNoSeriousAccessibilityViolation() throws Exception {
        try (BrowserSession browser = BrowserSession.open()) {
            browser.get("http://localhost:" + port + "/");

            assertThat(browser.waitFor(By.tagName("h1")).getText()).isNotBlank();
            assertThat(Files.size(browser.screenshot("start-page"))).isGreaterThan(1_000);
            browser.assertAccessible();
        }
    }

    @Test
    void theAccessibilityCheckFailsOnAPageWithAnUnlabelledFieldAndAnImageWithoutText() {
        String page = "<!DOCTYPE html><html><head><title>Broken</title></head><body><main>"
                + "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' width='20' height='20'>"
                + "<form><input type='text' name='name'></form></main></body></html>";
        try (BrowserSession browser = BrowserSession.open()) {
            browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8)
                    .replace("+", "%20"));

            assertThatThrownBy(browser::assertAccessible)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("label");
        }
    }
}
