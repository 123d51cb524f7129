package nl.werving.application;

/** No application has the given reference or id. */
public class UnknownApplicationException extends RuntimeException {

    public UnknownApplicationException() {
        super("There is no application with this reference or id");
    }
}
