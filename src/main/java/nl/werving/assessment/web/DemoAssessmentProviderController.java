package nl.werving.assessment.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.assessment.AssessmentProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demo mode only: a simulated external assessment provider. The demo candidate picks a score; the simulator
 * signs the result with the shared secret and delivers it over HTTP to Werving's own webhook, so the result
 * takes exactly the path a real provider's would. Outside demo mode this controller does not exist.
 */
@Controller
@ConditionalOnProperty(name = "werving.demo.enabled", havingValue = "true")
@RequestMapping(AssessmentProviderSettings.DEMO_PROVIDER_PATH)
class DemoAssessmentProviderController {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessmentProviderController.class);
    private static final String VIEW = "demo/assessment-provider";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookSignature signature;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    DemoAssessmentProviderController(AssessmentProviderSettings settings, ObjectMapper objectMapper, Clock clock) {
        this.signature = new WebhookSignature(settings.webhookSecret()
                .orElseThrow(() -> new IllegalStateException("Demo mode always has a webhook secret")),
                settings.signatureTolerance(), clock);
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) String reference, Model model) {
        model.addAttribute("reference", ApplicationReference.isWellFormed(reference) ? reference : "");
        model.addAttribute("score", 75);
        return VIEW;
    }

    @PostMapping
    String deliver(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String score,
            @RequestParam(defaultValue = "false") boolean completed, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("reference", reference);
        model.addAttribute("score", score);
        Integer points = parseScore(score);
        if (!ApplicationReference.isWellFormed(reference) || points == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "Enter the 24-character application reference and a score from 0 to 100.");
            return VIEW;
        }
        try {
            int status = send(request.getLocalPort(), reference, points, completed);
            model.addAttribute("deliveryStatus", status);
            model.addAttribute("deliveryOutcome", outcome(status));
        } catch (IOException exception) {
            log.warn("The demo assessment provider could not reach the webhook ({})", exception.getClass().getName());
            model.addAttribute("error", "The simulated provider could not reach Werving's webhook.");
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            model.addAttribute("error", "Delivery was interrupted.");
        }
        return VIEW;
    }

    private int send(int port, String reference, int score, boolean completed)
            throws IOException, InterruptedException {
        byte[] body = body(score, completed);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/assessments/" + reference + "/result"))
                .timeout(TIMEOUT)
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                .header(WebhookSignature.HEADER, signature.sign(clock.instant().getEpochSecond(), reference, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private byte[] body(int score, boolean completed) throws JsonProcessingException {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("score", score);
        result.put("completed", completed);
        result.put("providerResultId", "demo-" + UUID.randomUUID());
        return objectMapper.writeValueAsBytes(result);
    }

    private static Integer parseScore(String score) {
        try {
            int points = Integer.parseInt(score.strip());
            return points >= 0 && points <= 100 ? points : null;
        } catch (NumberFormatException exception) {
            return null;
        }
    }

    private static String outcome(int status) {
        return switch (status) {
            case 202 -> "Werving accepted the result and passed it on to the hiring process.";
            case 200 -> "Werving already had a result for this application and kept the first one.";
            case 404 -> "Werving has no assessment invitation for this reference.";
            default -> "Werving refused the result.";
        };
    }
}
