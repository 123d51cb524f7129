package nl.werving.interview;

/** An interview proposal or slot choice that cannot be accepted; the message names the problem. */
public class InterviewPlanningException extends RuntimeException {

    InterviewPlanningException(String message) {
        super(message);
    }
}
