package nl.werving.process.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werving.application.ApplicationReference;
import nl.werving.process.ApplicantDataRequestRefusedException;
import nl.werving.process.ApplicantDataRequests;
import nl.werving.process.ApplicantDataRequests.ErasureRequestOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds (the data protection officer) and erasure requests (the DPO, or a recruiter relaying what the
 * candidate asked) on an application's personal data. The requests carry no body: the reason for a hold is
 * kept in the DPO's own case file, never in Werving.
 */
@RestController
@RequestMapping(path = "/api/applications/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Applicant data", description = "Legal holds and erasure requests on an application's personal data")
class ApplicantDataController {

    private final ApplicantDataRequests requests;

    ApplicantDataController(ApplicantDataRequests requests) {
        this.requests = requests;
    }

    @PostMapping("/legal-hold")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Place a legal hold (DPO)",
            description = "Stops the retention clock of an application whose procedure ended: nothing is erased "
                    + "until the hold is released, erasure requests are refused, and the time that was left runs on "
                    + "after the release.")
    @ApiResponse(responseCode = "204", description = "Legal hold placed")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "The procedure still runs, a hold applies already, or the data "
            + "was erased")
    void placeLegalHold(@PathVariable String reference) {
        requests.placeLegalHold(ApplicationReference.parse(reference));
    }

    @DeleteMapping("/legal-hold")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release the legal hold (DPO)",
            description = "The retention clock runs on with the time that was left when the hold was placed.")
    @ApiResponse(responseCode = "204", description = "Legal hold released")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "No legal hold applies")
    void releaseLegalHold(@PathVariable String reference) {
        requests.releaseLegalHold(ApplicationReference.parse(reference));
    }

    @PostMapping("/erasure-request")
    @Operation(summary = "Record the candidate's erasure request (DPO, recruiters)",
            description = "Erases the application's personal data at once (GDPR art. 17) and answers 202. A "
                    + "procedure that still runs ends first, as a withdrawal. Under a legal hold nothing is erased: "
                    + "the refusal is recorded, the candidate is mailed why, and the answer is 409.")
    @ApiResponse(responseCode = "202", description = "The data was erased")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "Refused: a legal hold applies (the candidate is told), or the "
            + "application has no data lifecycle to erase it (erased already)")
    ResponseEntity<?> requestErasure(@PathVariable String reference) {
        ErasureRequestOutcome outcome = requests.requestErasure(ApplicationReference.parse(reference));
        if (outcome == ErasureRequestOutcome.REFUSED_LEGAL_HOLD) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "A legal hold applies to this application, so its data cannot be erased now. The refusal was "
                            + "recorded and the candidate is told why by mail.");
            problem.setTitle("On legal hold");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.accepted().build();
    }

    @ExceptionHandler
    ProblemDetail refused(ApplicantDataRequestRefusedException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Request refused");
        return problem;
    }
}
