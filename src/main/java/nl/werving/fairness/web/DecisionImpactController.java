package nl.werving.fairness.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.UUID;
import nl.werving.fairness.DecisionImpact;
import nl.werving.fairness.DecisionImpactPreview;
import nl.werving.fairness.InvalidDecisionTableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The impact preview of a changed screening decision table, before HR deploys it (HR, auditors). */
@RestController
@Tag(name = "Fairness")
class DecisionImpactController {

    static final int MAX_BODY_CHARACTERS = 1_000_000;

    private final DecisionImpactPreview preview;

    DecisionImpactController(DecisionImpactPreview preview) {
        this.preview = preview;
    }

    @PostMapping(path = "/api/decision-impact/screening",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Preview the impact of a changed screening decision table",
            description = "The body is the candidate ScreeningDecision.dmn (FEEL only). It is parsed, not deployed. "
                    + "The stored decision inputs of the latest screening of each application screened in the last "
                    + "'months' months are replayed through the deployed table and the candidate; the answer counts "
                    + "the changed recommendations (from → to) and, per diversity group, the 'recommended advance' "
                    + "rate and impact ratio under both. Every preview is logged (user id, parameters, time).")
    @ApiResponse(responseCode = "200", description = "The impact")
    @ApiResponse(responseCode = "400", description = "The table cannot be parsed or evaluated (the detail names the "
            + "error), or a parameter is invalid")
    @ApiResponse(responseCode = "403", description = "Not HR or an auditor")
    @ApiResponse(responseCode = "413", description = "The body is larger than 1,000,000 characters")
    DecisionImpact screening(@RequestBody String candidateDmn,
            @Parameter(description = "How many months back to replay (1-24)") @RequestParam(defaultValue = "6") int months,
            @Parameter(description = "Only this vacancy's screenings") @RequestParam(required = false) UUID vacancyId,
            Principal principal) {
        if (candidateDmn.length() > MAX_BODY_CHARACTERS) {
            throw new BodyTooLarge();
        }
        return preview.preview(candidateDmn, vacancyId, months, principal.getName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidTable(InvalidDecisionTableException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid decision table", exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badParameter(IllegalArgumentException exception) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLarge exception) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Decision table too large",
                "The decision table must not exceed " + MAX_BODY_CHARACTERS + " characters");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static class BodyTooLarge extends RuntimeException {
    }
}
