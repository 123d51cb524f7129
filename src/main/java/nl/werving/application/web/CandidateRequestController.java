package nl.werving.application.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werving.application.ApplicationAlreadyEndedException;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a recruiter record what a candidate asked for by phone or mail: to withdraw, or to have their
 * application handled without automated processing.
 */
@RestController
@RequestMapping(path = "/api/applications/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidate requests", description = "Requests a candidate made by phone or mail (recruiters)")
class CandidateRequestController {

    private final Applications applications;

    CandidateRequestController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping("/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the candidate withdrew their application",
            description = "The hiring process stops and the candidate is sent a confirmation. Repeating it changes nothing.")
    @ApiResponse(responseCode = "204", description = "Withdrawal recorded")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "The application's procedure has already ended")
    void withdraw(@PathVariable String reference) {
        applications.withdraw(ApplicationReference.parse(reference));
    }

    @PostMapping("/objection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the candidate objects to automated processing",
            description = "From now on the application is handled by people only, without automated "
                    + "recommendations (GDPR art. 21). Repeating it changes nothing.")
    @ApiResponse(responseCode = "204", description = "Objection recorded")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "The application's procedure has already ended")
    void object(@PathVariable String reference) {
        applications.objectToAutomatedProcessing(ApplicationReference.parse(reference));
    }

    @ExceptionHandler
    ProblemDetail alreadyEnded(ApplicationAlreadyEndedException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The application's procedure has already ended; nothing was recorded.");
        problem.setTitle("Application ended");
        return problem;
    }
}
