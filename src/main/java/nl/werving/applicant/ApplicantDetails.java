package nl.werving.applicant;

import java.util.Objects;

/** What an applicant tells us about themselves: no more than the procedure needs. */
public record ApplicantDetails(String fullName, String email, String phone, Language preferredLanguage) {

    /**
     * The characters a name may hold: anything people are called, but no control characters, no angle brackets
     * (markup), and no text-direction overrides or lone surrogates, which only serve to disguise text. Every way in
     * (API, portal, correction) checks it.
     */
    public static final String NAME_PATTERN = "[^\\p{Cntrl}\\p{Cs}<>\\u202A-\\u202E\\u2066-\\u2069]*";
    /** A plausible e-mail address: something, an at sign, and a domain with a dot, without spaces. */
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** A phone number of digits, spaces, an optional leading +, hyphens and parentheses. */
    public static final String PHONE_PATTERN = "\\+?[0-9 ()-]{6,32}";

    public ApplicantDetails {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(preferredLanguage, "preferredLanguage");
    }

    @Override
    public String toString() {
        return "ApplicantDetails[redacted]";
    }
}
