package nl.werving.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.werving.assessment.AssessmentProviderSettings;
import nl.werving.assessment.AssessmentResults;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** What the webhook does before it touches any data; the rest is covered on PostgreSQL. */
class AssessmentWebhookControllerTests {

    private static final String REFERENCE = "V6QHHSN8VXXB3P0KW81VJQP3";
    private static final Instant NOW = Instant.parse("2026-03-03T14:00:00Z");
    private static final byte[] BODY = "{\"score\":72,\"completed\":true,\"providerResultId\":\"r1\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final AssessmentResults results = mock(AssessmentResults.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void withoutASecretEveryResultIsRefusedAsUnavailable() throws Exception {
        AssessmentWebhookController controller = controller("");
        String header = new WebhookSignature("anything".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5), clock)
                .sign(NOW.getEpochSecond(), REFERENCE, BODY);

        ResponseEntity<Object> first = controller.receive(REFERENCE, header, request(BODY));
        ResponseEntity<Object> second = controller.receive(REFERENCE, header, request(BODY));

        assertThat(first.getStatusCode().value()).isEqualTo(503);
        assertThat(second.getStatusCode().value()).isEqualTo(503);
        assertThat(((ProblemDetail) first.getBody()).getTitle()).isEqualTo("Webhook not configured");
        verifyNoInteractions(results);
    }

    @Test
    void anUnsignedResultIsRefusedBeforeTheReferenceIsLookedUp() throws Exception {
        ResponseEntity<Object> response = controller("s3cret").receive(REFERENCE, null, request(BODY));

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        verifyNoInteractions(results);
    }

    @Test
    void anOversizedBodyIsRefusedUnread() throws Exception {
        byte[] huge = new byte[AssessmentWebhookController.MAX_BODY_BYTES + 1];

        ResponseEntity<Object> response = controller("s3cret").receive(REFERENCE, "t=1,v1=00", request(huge));

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        verifyNoInteractions(results);
    }

    private AssessmentWebhookController controller(String secret) {
        AssessmentProviderSettings settings = mock(AssessmentProviderSettings.class);
        when(settings.webhookSecret()).thenReturn(secret.isEmpty() ? Optional.empty()
                : Optional.of(secret.getBytes(StandardCharsets.UTF_8)));
        when(settings.signatureTolerance()).thenReturn(Duration.ofMinutes(5));
        return new AssessmentWebhookController(results, settings, new ObjectMapper(),
                Validation.buildDefaultValidatorFactory().getValidator(), clock);
    }

    private static MockHttpServletRequest request(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/assessments/" + REFERENCE + "/result");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }
}
