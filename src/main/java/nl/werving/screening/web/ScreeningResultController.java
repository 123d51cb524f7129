package nl.werving.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import nl.werving.applicant.Language;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResult;
import nl.werving.screening.ScreeningResults;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The latest screening result of an application with its evidence and its explanation in Dutch and English,
 * for recruiters (who can pass the explanation on to a candidate who asks for it).
 */
@RestController
@Tag(name = "Screening", description = "Screening results and their explanations (recruiters)")
class ScreeningResultController {

    private final Applications applications;
    private final ScreeningResults results;
    private final ScreeningExplanations explanations;

    ScreeningResultController(Applications applications, ScreeningResults results, ScreeningExplanations explanations) {
        this.applications = applications;
        this.results = results;
        this.explanations = explanations;
    }

    @GetMapping(path = "/api/applications/{reference}/screening", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The latest screening result with evidence per requirement and its explanation (nl, en)")
    ScreeningView latest(@PathVariable String reference) {
        if (!ApplicationReference.isWellFormed(reference)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such application");
        }
        var application = applications.findByReference(new ApplicationReference(reference))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such application"));
        ScreeningResult result = results.latest(application.getId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The application was not screened yet"));
        return new ScreeningView(result, Map.of(
                "nl", explanations.explain(result, Language.NL),
                "en", explanations.explain(result, Language.EN)));
    }

    /** The stored result as it is, plus the explanation per language. */
    record ScreeningView(ScreeningResult result, Map<String, String> explanation) {
    }
}
