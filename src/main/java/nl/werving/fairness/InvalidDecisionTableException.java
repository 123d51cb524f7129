package nl.werving.fairness;

/** A candidate decision table that cannot be parsed or evaluated; the message says why, without a stack trace. */
public class InvalidDecisionTableException extends RuntimeException {

    private static final int MAX_MESSAGE = 1000;

    public InvalidDecisionTableException(String message) {
        super(message == null ? "The decision table cannot be read"
                : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message);
    }
}
