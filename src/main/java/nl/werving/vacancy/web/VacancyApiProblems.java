package nl.werving.vacancy.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werving.vacancy.InvalidVacancyException;
import nl.werving.vacancy.RequirementsVersionConflictException;
import nl.werving.vacancy.UnknownVacancyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The vacancy API's own errors as problem documents; ordered before the application-wide handler. */
@RestControllerAdvice(assignableTypes = {VacancyController.class, HrVacancyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VacancyApiProblems {

    @ExceptionHandler
    ProblemDetail unknownVacancy(UnknownVacancyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no such vacancy.");
        problem.setTitle("Unknown vacancy");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidVacancy(InvalidVacancyException exception) {
        List<Map<String, String>> errors = exception.problems().stream()
                .map(item -> Map.of("field", item.field(), "message", item.message()))
                .toList();
        String fields = exception.problems().stream().map(InvalidVacancyException.Problem::field).distinct()
                .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid fields: " + fields + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail versionConflict(RequirementsVersionConflictException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The requirements were changed "
                + "meanwhile: the edit is based on version " + exception.basedOnVersion() + ", the current version is "
                + exception.currentVersion() + ". Read the current version and apply the edit again.");
        problem.setTitle("Requirements changed meanwhile");
        problem.setProperty("errors", List.of(Map.of("field", "version", "message", "is not the current version")));
        return problem;
    }
}
