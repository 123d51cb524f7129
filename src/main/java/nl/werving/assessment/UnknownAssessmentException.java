package nl.werving.assessment;

/** No assessment invitation exists for the reference a result was delivered for. */
public class UnknownAssessmentException extends RuntimeException {

    UnknownAssessmentException() {
        super("No assessment invitation exists for this reference");
    }
}
