package nl.werving.erasure;

/** No application has the reference an erasure request names. */
public class UnknownErasureSubjectException extends RuntimeException {

    public UnknownErasureSubjectException() {
        super("No application has this reference");
    }
}
