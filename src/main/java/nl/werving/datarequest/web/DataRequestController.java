package nl.werving.datarequest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import nl.werving.applicant.Applicants;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.datarequest.DataRequest;
import nl.werving.datarequest.DataRequestChannel;
import nl.werving.datarequest.DataRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data-subject requests through staff: the DPO or a recruiter records a request the candidate made by phone,
 * letter or mail; the DPO and auditors list an application's requests; the DPO corrects the applicant's details
 * (Art. 16). Who may call what is set in {@code SecurityConfiguration}.
 */
@RestController
@RequestMapping(path = "/api/applications/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Data-subject requests", description = "GDPR requests of a candidate: access, rectification, "
        + "objection, erasure (DPO, recruiters; auditors read)")
class DataRequestController {

    private static final Logger log = LoggerFactory.getLogger(DataRequestController.class);

    private final DataRequests requests;
    private final Applications applications;
    private final Applicants applicants;

    DataRequestController(DataRequests requests, Applications applications, Applicants applicants) {
        this.requests = requests;
        this.applications = applications;
        this.applicants = applicants;
    }

    @PostMapping(path = "/data-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a data-subject request the candidate made by phone, letter or mail",
            description = "Starts the DataSubjectRequest process; due one calendar month after now (GDPR art. 12(3)). "
                    + "While a request of the same type is open, that request is returned and nothing new is "
                    + "recorded. Groups dpo and recruiters.")
    @ApiResponse(responseCode = "201", description = "The request (new, or the open one of the same type)")
    @ApiResponse(responseCode = "400", description = "The type is missing or unknown")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    DataRequest create(@PathVariable String reference, @Valid @RequestBody CreateDataRequest body) {
        return requests.receive(ApplicationReference.parse(reference), body.type(), DataRequestChannel.STAFF);
    }

    @GetMapping("/data-requests")
    @Operation(summary = "List the application's data-subject requests, oldest first",
            description = "Groups dpo and auditors.")
    @ApiResponse(responseCode = "200", description = "The requests")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    List<DataRequest> list(@PathVariable String reference) {
        return requests.forApplication(application(reference).getId());
    }

    @PutMapping(path = "/applicant", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Correct the applicant's name, e-mail address, phone number and language (GDPR art. 16)",
            description = "Replaces all four. Mails composed from now on use the corrected details. A screening "
                    + "that was done is not repeated automatically: it used the CV, which this does not change. "
                    + "Group dpo.")
    @ApiResponse(responseCode = "204", description = "Corrected")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    void correctApplicant(@PathVariable String reference, @Valid @RequestBody CorrectApplicantRequest body) {
        Application application = application(reference);
        if (!applicants.correct(application.getApplicantId(), body.toDetails())) {
            throw new UnknownApplicationException();
        }
        log.info("Applicant details of application {} corrected", application.getReference().value());
    }

    private Application application(String reference) {
        return applications.findByReference(ApplicationReference.parse(reference))
                .orElseThrow(UnknownApplicationException::new);
    }
}
