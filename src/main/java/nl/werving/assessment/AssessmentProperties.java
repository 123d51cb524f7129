package nl.werving.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the external assessment provider, under {@code werving.assessment}. Demo defaults are not set
 * here but by {@link AssessmentProviderSettings}, so they can never apply outside demo mode.
 *
 * @param providerUrl where candidates take the assessment; Werving appends {@code reference} and
 *        {@code callback}. Empty: the recruiter sends the link (demo mode: Werving's simulated provider).
 * @param webhookSecret the secret shared with the provider to sign results (HMAC-SHA256). Empty outside demo
 *        mode: the webhook refuses every call.
 * @param signatureTolerance how far a signature's timestamp may lie from Werving's clock, either way
 * @param publicBaseUrl the address the provider reaches Werving at, for the callback URL
 */
@ConfigurationProperties("werving.assessment")
public record AssessmentProperties(
        String providerUrl,
        String webhookSecret,
        @DefaultValue("5m") Duration signatureTolerance,
        @DefaultValue("http://localhost:8080") String publicBaseUrl) {

    public AssessmentProperties {
        providerUrl = providerUrl == null ? "" : providerUrl.strip();
        webhookSecret = webhookSecret == null ? "" : webhookSecret;
        if (signatureTolerance == null || signatureTolerance.isNegative() || signatureTolerance.isZero()) {
            throw new IllegalArgumentException("werving.assessment.signature-tolerance must be positive");
        }
        publicBaseUrl = withoutTrailingSlash(publicBaseUrl == null ? "" : publicBaseUrl.strip());
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "AssessmentProperties[providerUrl=" + providerUrl + ", webhookSecret=" + (webhookSecret.isEmpty()
                ? "unset" : "set") + ", signatureTolerance=" + signatureTolerance + ", publicBaseUrl="
                + publicBaseUrl + "]";
    }
}
