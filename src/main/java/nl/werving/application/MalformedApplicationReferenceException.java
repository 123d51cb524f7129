package nl.werving.application;

/** A value that cannot be an application reference: not 24 characters of Crockford's base 32. */
public class MalformedApplicationReferenceException extends RuntimeException {

    public MalformedApplicationReferenceException() {
        super("An application reference is 24 characters of 0-9 and A-Z without I, L, O and U.");
    }
}
