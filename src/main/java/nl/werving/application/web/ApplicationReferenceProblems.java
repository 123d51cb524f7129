package nl.werving.application.web;

import nl.werving.application.MalformedApplicationReferenceException;
import nl.werving.application.UnknownApplicationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problem documents of every JSON API that names an application in its path: a value that cannot be a
 * reference is a {@code 400}, a reference no application has (or whose data was erased) a {@code 404}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationReferenceProblems {

    @ExceptionHandler
    ProblemDetail malformedReference(MalformedApplicationReferenceException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
        problem.setTitle("Invalid reference");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownApplication(UnknownApplicationException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no application with this reference.");
        problem.setTitle("Unknown application");
        return problem;
    }
}
