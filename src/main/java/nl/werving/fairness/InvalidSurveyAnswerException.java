package nl.werving.fairness;

/** A survey answer names a dimension that is not configured or a value the dimension does not allow. */
public class InvalidSurveyAnswerException extends RuntimeException {

    public InvalidSurveyAnswerException(String dimension) {
        // The value is not echoed: it is special-category data.
        super("Not a configured answer for the survey question '" + dimension + "'");
    }
}
