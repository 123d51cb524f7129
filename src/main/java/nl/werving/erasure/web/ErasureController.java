package nl.werving.erasure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReceipt;
import nl.werving.erasure.ErasureRequests;
import nl.werving.erasure.UnknownErasureSubjectException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure receipts for auditors and the data protection officer, and erasure at a candidate's request (DPO).
 * Receipts hold no personal data: the reference, when, why, and how many records each store erased.
 */
@RestController
@RequestMapping(path = "/api/applications/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Erasure", description = "Erasing an application's personal data (GDPR art. 17) and the receipts")
class ErasureController {

    /** The application reference's format (24 characters of Crockford's base 32), checked before any lookup. */
    private static final Pattern REFERENCE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{24}");

    private final Erasure erasure;
    private final ErasureRequests requests;

    ErasureController(Erasure erasure, ErasureRequests requests) {
        this.erasure = erasure;
        this.requests = requests;
    }

    @GetMapping("/erasure-receipts")
    @Operation(summary = "The erasure receipts of an application, oldest first",
            description = "One receipt per erasure: when, why, and per store how many records were deleted or "
                    + "emptied. Empty when the application's data was never erased. Groups auditors and dpo.")
    @ApiResponse(responseCode = "200", description = "The receipts (possibly none)")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    List<ErasureReceipt> receipts(@Parameter(description = "The application's reference") @PathVariable String reference) {
        return erasure.receipts(check(reference));
    }

    @PostMapping("/erasure")
    @Operation(summary = "Erase the application's personal data at the candidate's request",
            description = "Erases, in one transaction, the applicant's contact details, the CV, screening evidence, "
                    + "free text about the candidate, offer details, mail and link records and the engine's "
                    + "process instances and history of the application, and returns the receipt (reason "
                    + "CANDIDATE_REQUEST). A running procedure stops without further mail. What stays is "
                    + "pseudonymous. Repeating it returns a receipt with zero counts. Group dpo.")
    @ApiResponse(responseCode = "200", description = "Erased; the receipt")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "The engine was working on the application at that moment; "
            + "nothing was erased, try again (Retry-After: 1)")
    ErasureReceipt erase(@Parameter(description = "The application's reference") @PathVariable String reference) {
        return requests.eraseOnCandidateRequest(check(reference));
    }

    private static String check(String reference) {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new MalformedReferenceException();
        }
        return reference;
    }

    @ExceptionHandler
    ProblemDetail malformedReference(MalformedReferenceException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "An application reference is 24 characters of 0-9 and A-Z without I, L, O and U.");
        problem.setTitle("Invalid reference");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownApplication(UnknownErasureSubjectException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no application with this reference.");
        problem.setTitle("Unknown application");
        return problem;
    }

    /** The path's reference is not well-formed. */
    static final class MalformedReferenceException extends RuntimeException {

        MalformedReferenceException() {
            super("Malformed application reference");
        }
    }
}
