package nl.werving.application.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Encoding;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.werving.application.Application;
import nl.werving.application.ApplicationIntakePausedException;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.IdempotencyKeyReusedException;
import nl.werving.application.IdempotentSubmissions;
import nl.werving.application.TooManyApplicationsException;
import nl.werving.application.VacancyNotAcceptingApplicationsException;
import nl.werving.consent.UnknownPrivacyNoticeVersionException;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvIntakeBusyException;
import nl.werving.cv.CvRejectedException;
import nl.werving.cv.InspectedCv;
import nl.werving.vacancy.InvalidKnockoutAnswersException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping(path = "/api/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Applications", description = "Applying for a vacancy (public)")
class ApplicationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    private static final String RETRY_AFTER_SECONDS = "300";
    private static final String CV_RETRY_AFTER_SECONDS = "60";

    private final ApplicationSubmission submission;
    private final IdempotentSubmissions idempotentSubmissions;
    private final CvDocuments cvDocuments;

    ApplicationController(ApplicationSubmission submission, IdempotentSubmissions idempotentSubmissions,
            CvDocuments cvDocuments) {
        this.submission = submission;
        this.idempotentSubmissions = idempotentSubmissions;
        this.cvDocuments = cvDocuments;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Apply for an open vacancy",
            description = "Stores the application and starts its hiring process in one transaction. With an "
                    + "Idempotency-Key header, a retry with the same key and body (within 24 hours) answers with the "
                    + "application created the first time, marked by the header Idempotent-Replayed: true.")
    @ApiResponse(responseCode = "201", description = "Application received")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body, or an unknown privacy notice version; "
            + "`errors` names each invalid field")
    @ApiResponse(responseCode = "409", description = "The vacancy exists but does not accept applications, or this "
            + "e-mail address has applied for it as often as it may (werving.applications.max-per-applicant-per-vacancy)")
    @ApiResponse(responseCode = "422", description = "No vacancy has the given id, or the Idempotency-Key was used "
            + "for a different request")
    @ApiResponse(responseCode = "503", description = "Intake is paused; nothing was stored, try again later")
    ResponseEntity<ApplicationCreated> submit(@Valid @RequestBody SubmitApplicationRequest request,
            @IdempotencyKeyHeader @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return created(request, null, idempotencyKey);
    }

    /**
     * The same application with a CV. The CV is read (type detection, text extraction) before the application's
     * transaction starts, so a slow or hostile document never holds a database connection, and a rejected one
     * leaves nothing behind. A CV whose text is not extracted within the intake time limit is accepted with its
     * text pending; screening extracts it later.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Apply for an open vacancy with a CV",
            description = "Multipart form with two parts: `application` (the same JSON as the application/json "
                    + "variant) and `cv` (the file). The CV's type is detected from its content; PDF, DOCX, ODT, RTF "
                    + "and plain text are accepted. Stores the application, its CV and starts its hiring process "
                    + "in one transaction. A CV whose text takes longer to extract than the intake time limit is "
                    + "accepted all the same and read during screening.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = ApplicationWithCvForm.class),
                    encoding = @Encoding(name = "application", contentType = MediaType.APPLICATION_JSON_VALUE))))
    @ApiResponse(responseCode = "201", description = "Application and CV received")
    @ApiResponse(responseCode = "400", description = "Invalid application, a missing part, or a CV found within the "
            + "intake time limit to be empty, password-protected, damaged or without text; `errors` names the field "
            + "(`cv` for the CV)")
    @ApiResponse(responseCode = "409", description = "The vacancy exists but does not accept applications, or this "
            + "e-mail address has applied for it as often as it may (werving.applications.max-per-applicant-per-vacancy)")
    @ApiResponse(responseCode = "413", description = "The CV is larger than allowed; `errors` names `cv`")
    @ApiResponse(responseCode = "415", description = "The CV is not of an accepted type; `errors` names `cv`")
    @ApiResponse(responseCode = "422", description = "No vacancy has the given id, or the Idempotency-Key was used "
            + "for a different request")
    @ApiResponse(responseCode = "503", description = "Intake is paused or too many CVs are being read; nothing was "
            + "stored, try again later")
    ResponseEntity<ApplicationCreated> submitWithCv(@Valid @RequestPart("application") SubmitApplicationRequest request,
            @RequestPart("cv") MultipartFile cv,
            @IdempotencyKeyHeader @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey)
            throws IOException {
        requireWellFormed(idempotencyKey);
        InspectedCv inspected = cvDocuments.inspect(cv.getBytes(), cv.getOriginalFilename());
        return created(request, inspected, idempotencyKey);
    }

    private ResponseEntity<ApplicationCreated> created(SubmitApplicationRequest request, InspectedCv cv,
            String idempotencyKey) {
        requireWellFormed(idempotencyKey);
        if (idempotencyKey == null) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(ApplicationCreated.of(submission.submit(request.toNewApplication(cv))));
        }
        IdempotentSubmissions.Submitted submitted = idempotentSubmissions.submit(idempotencyKey,
                request.toNewApplication(cv));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED);
        if (submitted.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.body(ApplicationCreated.of(submitted.application()));
    }

    private static void requireWellFormed(String idempotencyKey) {
        if (idempotencyKey != null && !IdempotentSubmissions.KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new MalformedIdempotencyKeyException();
        }
    }

    @ExceptionHandler
    ProblemDetail malformedIdempotencyKey(MalformedIdempotencyKeyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", IDEMPOTENCY_KEY, "message",
                "must be 8 to 255 visible ASCII characters, such as a UUID")));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReusedException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                exception.getMessage());
        problem.setTitle("Idempotency-Key reused");
        problem.setProperty("errors", List.of(Map.of("field", IDEMPOTENCY_KEY, "message",
                "was already used for a different request")));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail vacancyNotAccepting(VacancyNotAcceptingApplicationsException exception) {
        HttpStatus status = exception.vacancyExists() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, exception.getMessage());
        problem.setTitle(exception.vacancyExists() ? "Vacancy closed" : "Unknown vacancy");
        problem.setProperty("errors", List.of(Map.of("field", "vacancyId", "message", exception.getMessage())));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail tooManyApplications(TooManyApplicationsException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Too many applications");
        problem.setProperty("errors", List.of(Map.of("field", "email", "message",
                "has applied for this vacancy " + exception.limit() + " times already")));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownPrivacyNotice(UnknownPrivacyNoticeVersionException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", "privacyNoticeVersion", "message",
                "must name a published privacy notice version (GET /api/privacy-notice)")));
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> intakePaused(ApplicationIntakePausedException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Applications cannot be received at the moment. Nothing was stored; please try again later.");
        problem.setTitle("Intake paused");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail invalidKnockoutAnswers(InvalidKnockoutAnswersException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The answers to the knock-out questions do not fit this vacancy.");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", exception.problems().stream()
                .map(item -> Map.of("field", item.field(), "message", item.message())).toList());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> cvIntakeBusy(CvIntakeBusyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
        problem.setTitle("CV intake busy");
        problem.setProperty("errors", List.of(Map.of("field", "cv", "message", exception.getMessage())));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, CV_RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail cvRejected(CvRejectedException exception) {
        HttpStatus status = switch (exception.reason()) {
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            default -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, exception.getMessage());
        problem.setTitle("CV not accepted");
        problem.setProperty("errors", List.of(Map.of("field", "cv", "message", exception.getMessage())));
        return problem;
    }
}
