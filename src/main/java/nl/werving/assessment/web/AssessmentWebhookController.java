package nl.werving.assessment.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import nl.werving.application.ApplicationReference;
import nl.werving.assessment.AssessmentProviderSettings;
import nl.werving.assessment.AssessmentResults;
import nl.werving.assessment.ResultReceipt;
import nl.werving.assessment.UnknownAssessmentException;
import nl.werving.web.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook assessment providers report results to. Public, but every call must be signed with the shared
 * secret (see {@link WebhookSignature} and docs/assessment-providers.md). The signature is checked over the raw
 * bytes of the body before anything else reads them. Logs carry ids and outcomes, never the body.
 * <p>
 * A result is a score and whether the assessment was completed, nothing more: Werving takes in no analysis of
 * faces, voices or emotions, and a body with any other field is refused.
 */
@RestController
@RequestMapping(path = "/api/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Results from external assessment providers (public, HMAC-signed)")
class AssessmentWebhookController {

    static final int MAX_BODY_BYTES = 8 * 1024;

    private static final Logger log = LoggerFactory.getLogger(AssessmentWebhookController.class);

    private final AssessmentResults results;
    private final Optional<WebhookSignature> signature;
    private final ObjectReader reader;
    private final Validator validator;
    private final AtomicBoolean unconfiguredReported = new AtomicBoolean();

    AssessmentWebhookController(AssessmentResults results, AssessmentProviderSettings settings,
            ObjectMapper objectMapper, Validator validator, Clock clock) {
        this.results = results;
        this.signature = settings.webhookSecret()
                .map(secret -> new WebhookSignature(secret, settings.signatureTolerance(), clock));
        this.reader = strict(objectMapper).readerFor(AssessmentResultRequest.class);
        this.validator = validator;
    }

    @PostMapping(path = "/{reference}/result", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report an assessment result (for assessment providers)", description = """
            Signed with HMAC-SHA256 over "<t>.<raw body>" using the shared secret, sent as \
            `Werving-Signature: t=<unix seconds>,v1=<hex>`. Only the first result of an application counts; \
            delivering it again is harmless and answers the stored result.""",
            parameters = @Parameter(in = ParameterIn.HEADER, name = WebhookSignature.HEADER, required = true,
                    example = "t=1767225600,v1=09fab314e2826ade559f0c1e6a2de49f375d8490e9c94529e6ff3eaa9b74dd99"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = AssessmentResultRequest.class))))
    @ApiResponse(responseCode = "202", description = "Result stored; it is passed on to the hiring process right "
            + "after, in a job of its own that is retried (not the provider's concern)")
    @ApiResponse(responseCode = "200", description = "Duplicate: a result was stored before; it is returned unchanged")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body; `errors` names each invalid field")
    @ApiResponse(responseCode = "401", description = "Signature missing, malformed, wrong, or outside the time window")
    @ApiResponse(responseCode = "404", description = "No assessment invitation exists for the reference")
    @ApiResponse(responseCode = "413", description = "Body larger than 8 KiB")
    @ApiResponse(responseCode = "503", description = "The webhook secret is not configured; every result is refused")
    ResponseEntity<Object> receive(@PathVariable String reference,
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signatureHeader,
            HttpServletRequest request) throws IOException {
        if (signature.isEmpty()) {
            return notConfigured();
        }
        byte[] body = readBody(request);
        if (body.length > MAX_BODY_BYTES) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Body too large",
                    "An assessment result is at most " + MAX_BODY_BYTES + " bytes.");
        }
        WebhookSignature.Check check = signature.get().verify(signatureHeader, reference, body);
        if (check != WebhookSignature.Check.VALID) {
            log.warn("Refused an assessment result: {}", check.description());
            return problem(HttpStatus.UNAUTHORIZED, "Invalid signature", "Refused: " + check.description() + ".");
        }
        if (!ApplicationReference.isWellFormed(reference) || !results.isInvited(new ApplicationReference(reference))) {
            return unknownReference();
        }
        AssessmentResultRequest result = parse(body, request);
        List<FieldError> errors = validate(result);
        if (!errors.isEmpty()) {
            return invalidFields(errors);
        }
        ResultReceipt receipt = results.receive(new ApplicationReference(reference), result.score(),
                result.completed(), result.providerResultId());
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(AssessmentResultResponse.of(receipt.result()));
    }

    /** The invitation check and the locked read are separate transactions; this covers the gap. */
    @ExceptionHandler
    ResponseEntity<Object> unknownReference(UnknownAssessmentException exception) {
        return unknownReference();
    }

    private ResponseEntity<Object> notConfigured() {
        if (unconfiguredReported.compareAndSet(false, true)) {
            log.warn("The assessment webhook refuses every result: no webhook secret is configured. Set "
                    + "WERVING_ASSESSMENT_WEBHOOK_SECRET (the published demo secret counts only in demo mode).");
        }
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Webhook not configured",
                "Werving cannot verify assessment results because no webhook secret is configured.");
    }

    private static ResponseEntity<Object> unknownReference() {
        return problem(HttpStatus.NOT_FOUND, "Unknown assessment",
                "No assessment invitation exists for this reference.");
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(MAX_BODY_BYTES + 1);
        }
    }

    private AssessmentResultRequest parse(byte[] body, HttpServletRequest request) {
        try {
            AssessmentResultRequest result = reader.readValue(body);
            if (result == null) {
                throw new HttpMessageNotReadableException("The body is JSON null", new ServletServerHttpRequest(request));
            }
            return result;
        } catch (IOException exception) {
            // Answered by the global problem handler, like every other unreadable body.
            throw new HttpMessageNotReadableException("Unreadable assessment result", exception,
                    new ServletServerHttpRequest(request));
        }
    }

    private List<FieldError> validate(AssessmentResultRequest result) {
        return validator.validate(result).stream()
                .map(AssessmentWebhookController::fieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    private static FieldError fieldError(ConstraintViolation<AssessmentResultRequest> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }

    private static ResponseEntity<Object> invalidFields(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid fields: " + fields + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** No lenient coercions: a score of "72" or 72.5, or a flag of 1, is a wrong type, not a guess. */
    private static ObjectMapper strict(ObjectMapper objectMapper) {
        ObjectMapper strict = objectMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return strict;
    }
}
