package nl.werving.consent;

/** An application named no privacy notice version, or one that was never published. */
public class UnknownPrivacyNoticeVersionException extends RuntimeException {

    public UnknownPrivacyNoticeVersionException(String version) {
        super(version == null ? "The application names no privacy notice version"
                : "No privacy notice has version " + version);
    }
}
