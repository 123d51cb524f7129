package nl.werving.erasure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReceipt;
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
 * Erasure receipts for auditors and the data protection officer. Receipts hold no personal data: the reference,
 * when, why, and how many records each store erased. Erasure itself is requested through the application's data
 * lifecycle ({@code POST /api/applications/{reference}/erasure-request}), which honours legal holds.
 */
@RestController
@RequestMapping(path = "/api/applications/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Erasure", description = "Receipts of erasures of an application's personal data (GDPR art. 17)")
class ErasureController {

    /** The application reference's format (24 characters of Crockford's base 32), checked before any lookup. */
    private static final Pattern REFERENCE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{24}");

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
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

    /** The path's reference is not well-formed. */
    static final class MalformedReferenceException extends RuntimeException {

        MalformedReferenceException() {
            super("Malformed application reference");
        }
    }
}
