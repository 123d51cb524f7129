package nl.werving.interview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werving.application.ApplicationReference;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.InterviewPlanningException;
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
 * Lets a recruiter move a scheduled interview, because the candidate asked by phone or mail or an interviewer
 * cannot make it: the hiring process gives the recruiter the task to propose new slots for the same round.
 */
@RestController
@RequestMapping(path = "/api/applications/{reference}/interview", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Interviews", description = "Moving a scheduled interview (recruiters)")
class InterviewRescheduleController {

    private final InterviewPlanning planning;

    InterviewRescheduleController(InterviewPlanning planning) {
        this.planning = planning;
    }

    @PostMapping("/reschedule")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Move the scheduled interview to another time",
            description = "The current time no longer holds: the recruiter gets the task to propose new slots for "
                    + "the same round, the candidate chooses one, and the candidate and the interviewers receive a "
                    + "calendar update of the same event.")
    @ApiResponse(responseCode = "204", description = "The recruiter's task to propose new slots was opened")
    @ApiResponse(responseCode = "400", description = "The reference is not well-formed")
    @ApiResponse(responseCode = "404", description = "No application has this reference")
    @ApiResponse(responseCode = "409", description = "No interview is scheduled to move: none was scheduled, it has "
            + "begun, or moving it was already asked")
    void reschedule(@PathVariable String reference) {
        planning.requestReschedule(ApplicationReference.parse(reference));
    }

    @ExceptionHandler({InterviewPlanningException.class, IllegalStateException.class})
    ProblemDetail nothingToMove(RuntimeException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "No interview is scheduled that can be moved now; nothing was changed.");
        problem.setTitle("No interview to move");
        return problem;
    }
}
