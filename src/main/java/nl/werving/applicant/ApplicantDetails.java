package nl.werving.applicant;

import java.util.Objects;

/** What an applicant tells us about themselves: no more than the procedure needs. */
public record ApplicantDetails(String fullName, String email, String phone, Language preferredLanguage) {

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
