package nl.werving.screening;

/**
 * Screening cannot produce a result for this application and trying again will not help (for example, the CV
 * cannot be read, or reading it takes too long). The application then goes to a recruiter without a score; the
 * {@link #outcome()} still carries what could be checked without the CV (the knock-out answers). Any other
 * exception is treated as a passing failure and retried.
 */
public class ScreeningFailedException extends RuntimeException {

    private final ScreeningOutcome outcome;

    public ScreeningFailedException(String message) {
        this(message, ScreeningOutcome.notScored(), null);
    }

    public ScreeningFailedException(String message, Throwable cause) {
        this(message, ScreeningOutcome.notScored(), cause);
    }

    public ScreeningFailedException(String message, ScreeningOutcome outcome, Throwable cause) {
        super(message, cause);
        if (outcome == null || outcome.score() != null) {
            throw new IllegalArgumentException("A failed screening has an outcome without a score");
        }
        this.outcome = outcome;
    }

    /** What is known without screening the CV: no score, but whether a knock-out answer failed. */
    public ScreeningOutcome outcome() {
        return outcome;
    }
}
