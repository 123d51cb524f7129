package nl.werving.fairness;

/** Diversity answers were offered for an application without a diversity-survey consent in force. */
public class DiversityConsentMissingException extends RuntimeException {

    public DiversityConsentMissingException() {
        super("No consent to the diversity survey is in force for this application");
    }
}
