package nl.werving.cv;

/**
 * A CV document Werving cannot take, with a message the candidate can act on. {@link Reason} tells the HTTP
 * status: an unsupported type is 415, too large 413, anything else (empty, encrypted,
 * corrupt, no text, a file name with a path or control characters) 400.
 */
public class CvRejectedException extends RuntimeException {

    public enum Reason {
        UNSUPPORTED_TYPE, TOO_LARGE, EMPTY, ENCRYPTED, UNREADABLE, NO_TEXT, INVALID_FILE_NAME
    }

    private final Reason reason;

    public CvRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public CvRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
