package nl.werving.application.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import nl.werving.application.Application;
import nl.werving.application.ApplicationIntakePausedException;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.VacancyNotAcceptingApplicationsException;
import nl.werving.cv.CvRejectedException;
import nl.werving.vacancy.InvalidKnockoutAnswersException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/applications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Applications", description = "Applying for a vacancy (public)")
class ApplicationController {

    private static final String RETRY_AFTER_SECONDS = "300";

    private final ApplicationSubmission submission;

    ApplicationController(ApplicationSubmission submission) {
        this.submission = submission;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for an open vacancy",
            description = "Stores the application and starts its hiring process in one transaction.")
    @ApiResponse(responseCode = "201", description = "Application received")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body; `errors` names each invalid field")
    @ApiResponse(responseCode = "409", description = "The vacancy exists but does not accept applications")
    @ApiResponse(responseCode = "422", description = "No vacancy has the given id")
    @ApiResponse(responseCode = "503", description = "Intake is paused; nothing was stored, try again later")
    ApplicationCreated submit(@Valid @RequestBody SubmitApplicationRequest request) {
        Application application = submission.submit(request.toNewApplication());
        return ApplicationCreated.of(application);
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
