package nl.werving.application;

/**
 * Applications cannot be taken in right now, e.g. because an administrator suspended the hiring process.
 * Thrown while a submission is being stored, so nothing of it is kept; the candidate may try again later.
 */
public class ApplicationIntakePausedException extends RuntimeException {

    public ApplicationIntakePausedException(String message, Throwable cause) {
        super(message, cause);
    }
}
