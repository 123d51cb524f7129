package nl.werving.process.web;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * When a request changes an application's process at the very moment the engine works on it too (say, a
 * withdrawal while screening runs), the database refuses one of them. That is not the caller's fault and not
 * a server error: answer 409 and ask to try again. Any other engine failure stays an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineConflictProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(EngineConflictProblemHandler.class);
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> engineFailure(ProcessEngineException exception) {
        if (!isConcurrentChange(exception)) {
            log.error("Unexpected engine failure while serving an API request ({})", exception.getClass().getName(),
                    exception);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "The request could not be completed. Please try again later.");
            problem.setTitle("Internal error");
            return ResponseEntity.internalServerError().body(problem);
        }
        log.info("Concurrent change of an application's process; the request was refused and can be repeated");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The application was being updated at the same moment. Nothing was changed; please try again.");
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    static boolean isConcurrentChange(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (DEADLOCK.equals(sql.getSQLState()) || SERIALIZATION_FAILURE.equals(sql.getSQLState()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
