package nl.werving.audit;

/** No application has this reference. */
public class UnknownApplicationException extends RuntimeException {

    public UnknownApplicationException(String reference) {
        super("No application with reference " + reference);
    }
}
