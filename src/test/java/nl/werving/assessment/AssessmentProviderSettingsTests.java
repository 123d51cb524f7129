package nl.werving.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.werving.application.ApplicationReference;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

class AssessmentProviderSettingsTests {

    private static final ApplicationReference REFERENCE = new ApplicationReference("V6QHHSN8VXXB3P0KW81VJQP3");

    @Test
    void theInvitationLinkCarriesTheReferenceAndTheCallback() {
        AssessmentProviderSettings settings = settings("https://tests.example.com/start", "s3cret",
                "https://werving.example.org/", false);

        String url = settings.invitationUrl(REFERENCE).orElseThrow();

        UriComponents link = UriComponentsBuilder.fromUri(URI.create(url)).build();
        assertThat(link.getScheme()).isEqualTo("https");
        assertThat(link.getHost()).isEqualTo("tests.example.com");
        assertThat(link.getPath()).isEqualTo("/start");
        assertThat(decoded(link.getQueryParams().getFirst("reference"))).isEqualTo(REFERENCE.value());
        assertThat(decoded(link.getQueryParams().getFirst("callback")))
                .isEqualTo("https://werving.example.org/api/assessments/V6QHHSN8VXXB3P0KW81VJQP3/result");
    }

    @Test
    void aProviderUrlWithItsOwnQueryKeepsIt() {
        AssessmentProviderSettings settings = settings("https://tests.example.com/start?tenant=werving", "s3cret",
                "https://werving.example.org", false);

        String url = settings.invitationUrl(REFERENCE).orElseThrow();

        assertThat(url).startsWith("https://tests.example.com/start?tenant=werving&reference=" + REFERENCE.value()
                + "&callback=https%3A%2F%2Fwerving.example.org%2Fapi%2Fassessments%2F");
    }

    @Test
    void withoutAProviderUrlThereIsNoLinkOutsideDemoMode() {
        assertThat(settings("", "s3cret", "https://werving.example.org", false).invitationUrl(REFERENCE)).isEmpty();
    }

    @Test
    void demoModeLinksToTheSimulatedProvider() {
        String url = settings("", "", "http://localhost:8080", true).invitationUrl(REFERENCE).orElseThrow();

        assertThat(url).startsWith("http://localhost:8080/demo/assessment-provider?reference=" + REFERENCE.value());
    }

    @Test
    void theConfiguredSecretIsUsed() {
        assertThat(settings("", "s3cret", "", false).webhookSecret())
                .hasValueSatisfying(secret -> assertThat(secret).isEqualTo("s3cret".getBytes(StandardCharsets.UTF_8)));
        assertThat(settings("", "s3cret", "", true).webhookSecret())
                .hasValueSatisfying(secret -> assertThat(secret).isEqualTo("s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutASecretOutsideDemoModeThereIsNone() {
        assertThat(settings("", "", "", false).webhookSecret()).isEmpty();
        assertThat(settings("", "  ", "", false).webhookSecret()).isEmpty();
    }

    @Test
    void thePublishedDemoSecretCountsOnlyInDemoMode() {
        String demoSecret = AssessmentProviderSettings.DEMO_WEBHOOK_SECRET;

        assertThat(settings("", "", "", true).webhookSecret()).hasValueSatisfying(
                secret -> assertThat(secret).isEqualTo(demoSecret.getBytes(StandardCharsets.UTF_8)));
        assertThat(settings("", demoSecret, "", false).webhookSecret()).isEmpty();
    }

    @Test
    void theSecretNeverShowsInTheConfigurationsToString() {
        AssessmentProperties properties = new AssessmentProperties("", "s3cret-value", Duration.ofMinutes(5), "");

        assertThat(properties.toString()).doesNotContain("s3cret-value").contains("webhookSecret=set");
    }

    private static AssessmentProviderSettings settings(String providerUrl, String secret, String publicBaseUrl,
            boolean demoMode) {
        return new AssessmentProviderSettings(
                new AssessmentProperties(providerUrl, secret, Duration.ofMinutes(5), publicBaseUrl), demoMode);
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
