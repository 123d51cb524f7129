package nl.werving.process;

/** A legal-hold or erasure request the application's data lifecycle cannot take where it stands; nothing changed. */
public class ApplicantDataRequestRefusedException extends RuntimeException {

    public ApplicantDataRequestRefusedException(String message) {
        super(message);
    }
}
