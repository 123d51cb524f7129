package nl.werving.application;

/** One e-mail address has applied for this vacancy as often as it may. */
public class TooManyApplicationsException extends RuntimeException {

    private final int limit;

    public TooManyApplicationsException(int limit) {
        super("This e-mail address has already applied " + limit + " times for this vacancy, the most we accept. "
                + "To change your application, use the status link in our mail.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
