package nl.werving.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import nl.werving.applicant.Language;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResult;
import nl.werving.screening.ScreeningResults;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The latest screening result of an application with its evidence (the CV passages) and its explanation in Dutch and
 * English, for the reviewer who has work on it: as on the review pages ({@link ReviewerAccess}), only a recruiter,
 * hiring manager or team lead with an open task for the application, assigned to them or offered to one of their
 * groups, reads it. Auditors and the DPO read the screening's features, versions and recommendation, without the CV
 * passages, in the logged audit trail instead.
 */
@RestController
@Tag(name = "Screening", description = "Screening results and their explanations (reviewers with an open task)")
class ScreeningResultController {

    private final ReviewerAccess access;
    private final ScreeningResults results;
    private final ScreeningExplanations explanations;

    ScreeningResultController(ReviewerAccess access, ScreeningResults results, ScreeningExplanations explanations) {
        this.access = access;
        this.results = results;
        this.explanations = explanations;
    }

    @GetMapping(path = "/api/applications/{reference}/screening", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest screening result with evidence per requirement and its explanation (nl, en)",
            description = "Only for a recruiter, hiring manager or team lead with an open task for the application, "
                    + "assigned to them or offered to one of their groups (the rule of the review pages). Errors are "
                    + "RFC 9457 problem documents.")
    @ApiResponse(responseCode = "200", description = "The result, its evidence and its explanation in nl and en")
    @ApiResponse(responseCode = "401", description = "Not logged in")
    @ApiResponse(responseCode = "403", description = "Not a reviewer, or no open task for this application (any more)")
    @ApiResponse(responseCode = "404", description = "No application has this reference, or it was not screened yet")
    ScreeningView latest(@PathVariable String reference, Authentication reviewer) {
        UUID applicationId = access.applicationFor(reference, reviewer);
        ScreeningResult result = results.latest(applicationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The application was not screened yet"));
        return new ScreeningView(result, Map.of(
                "nl", explanations.explain(result, Language.NL),
                "en", explanations.explain(result, Language.EN)));
    }

    /** The stored result as it is, plus the explanation per language. */
    record ScreeningView(ScreeningResult result, Map<String, String> explanation) {
    }
}
