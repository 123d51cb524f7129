package nl.werving.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of Werving's own HTTP APIs into an RFC 9457 problem document. Invalid input is a 400
 * naming each invalid field; an unexpected failure is a 500 without internals. Messages never echo the
 * rejected values, which may be personal data.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = invalidRequest("Invalid fields: " + fields + ".", errors);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problemFor(exception.getCause());
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = invalidRequest("Missing part: " + exception.getRequestPartName() + ".",
                List.of(new FieldError(exception.getRequestPartName(), "is required")));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * An upload above the multipart limits, refused before any controller sees it. The CV is Werving's only upload,
     * so the problem names the field {@code cv}.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The CV file is too large. Please upload a smaller file.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
        problem.setTitle("CV not accepted");
        problem.setProperty("errors", List.of(new FieldError("cv", detail)));
        return handleExceptionInternal(exception, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    /** A multipart body that cannot be read at all, e.g. a part header with control characters in a file name. */
    @ExceptionHandler
    ProblemDetail unreadableMultipart(MultipartException exception) {
        return invalidRequest("The multipart request body could not be read.", List.of());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception exception) {
        log.error("Unexpected failure while serving an API request ({})", exception.getClass().getName(), exception);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Please try again later.");
        problem.setTitle("Internal error");
        return problem;
    }

    private static ProblemDetail problemFor(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return invalidRequest("Unknown field: " + path(unknown) + ".",
                    List.of(new FieldError(path(unknown), "is not a field of this request")));
        }
        if (cause instanceof InvalidFormatException format) {
            return invalidRequest("Invalid value for field: " + path(format) + ".",
                    List.of(new FieldError(path(format), "has the wrong format")));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalidRequest("Invalid value for field: " + path(mismatch) + ".",
                    List.of(new FieldError(path(mismatch), "has the wrong type")));
        }
        return invalidRequest("The request body is missing or is not well-formed JSON.", List.of());
    }

    private static ProblemDetail invalidRequest(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String path(JsonMappingException exception) {
        return exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
