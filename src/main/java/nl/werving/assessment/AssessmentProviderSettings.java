package nl.werving.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import nl.werving.application.ApplicationReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The provider settings in effect: the configured {@link AssessmentProperties}, completed with demo defaults in
 * demo mode only. Outside demo mode the published demo secret counts as no secret at all.
 */
@Component
public class AssessmentProviderSettings {

    /** Where demo mode's simulated provider lives. */
    public static final String DEMO_PROVIDER_PATH = "/demo/assessment-provider";

    /** Published in docs/assessment-providers.md; accepted in demo mode only. */
    static final String DEMO_WEBHOOK_SECRET = "werving-demo-assessment-webhook-secret";

    private final AssessmentProperties properties;
    private final boolean demoMode;

    AssessmentProviderSettings(AssessmentProperties properties,
            @Value("${werving.demo.enabled:false}") boolean demoMode) {
        this.properties = properties;
        this.demoMode = demoMode;
    }

    /** The secret results are signed with; empty when none is usable, and then every result is refused. */
    public Optional<byte[]> webhookSecret() {
        String secret = properties.webhookSecret();
        if (secret.isBlank()) {
            return demoMode ? Optional.of(bytes(DEMO_WEBHOOK_SECRET)) : Optional.empty();
        }
        if (!demoMode && secret.equals(DEMO_WEBHOOK_SECRET)) {
            return Optional.empty();
        }
        return Optional.of(bytes(secret));
    }

    public Duration signatureTolerance() {
        return properties.signatureTolerance();
    }

    /** Where the provider posts the result for this application. */
    public String callbackUrl(ApplicationReference reference) {
        return properties.publicBaseUrl() + "/api/assessments/" + reference.value() + "/result";
    }

    /**
     * The candidate's link to the provider: the provider URL with the application reference and the callback
     * URL as query parameters. Empty when no provider URL is configured (outside demo mode).
     */
    public Optional<String> invitationUrl(ApplicationReference reference) {
        String providerUrl = properties.providerUrl();
        if (providerUrl.isEmpty()) {
            if (!demoMode) {
                return Optional.empty();
            }
            providerUrl = properties.publicBaseUrl() + DEMO_PROVIDER_PATH;
        }
        return Optional.of(UriComponentsBuilder.fromUriString(providerUrl)
                .queryParam("reference", "{reference}")
                .queryParam("callback", "{callback}")
                .encode()
                .buildAndExpand(reference.value(), callbackUrl(reference))
                .toUriString());
    }

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
