package nl.werving.screening;

/**
 * Screening cannot produce a result for this application and trying again will not help (for example, the
 * stored CV text is unusable). The application then goes to a recruiter without a score. Any other exception
 * is treated as a passing failure and retried.
 */
public class ScreeningFailedException extends RuntimeException {

    public ScreeningFailedException(String message) {
        super(message);
    }

    public ScreeningFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
