package nl.werving.consent;

/** One version of the privacy notice for applicants, in one language. */
public record PrivacyNotice(String version, String language, String title, String text) {
}
