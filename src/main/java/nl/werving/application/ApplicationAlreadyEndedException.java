package nl.werving.application;

/** The application's procedure has already ended, so nothing more can be recorded for it. */
public class ApplicationAlreadyEndedException extends IllegalStateException {

    private final ApplicationStatus status;

    ApplicationAlreadyEndedException(ApplicationStatus status) {
        super("The application's procedure has already ended (" + status + ")");
        this.status = status;
    }

    /** How the procedure ended. */
    public ApplicationStatus getStatus() {
        return status;
    }
}
