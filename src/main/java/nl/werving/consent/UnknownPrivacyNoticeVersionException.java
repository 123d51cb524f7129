package nl.werving.consent;

/** An application named a privacy notice version that was never published. */
public class UnknownPrivacyNoticeVersionException extends RuntimeException {

    public UnknownPrivacyNoticeVersionException(String version) {
        super("No privacy notice has version " + version);
    }
}
