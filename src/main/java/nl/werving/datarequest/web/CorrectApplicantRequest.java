package nl.werving.datarequest.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;

/** The JSON body of {@code PUT /api/applications/{reference}/applicant}: the applicant's corrected details. */
@Schema(name = "CorrectApplicant", description = "The applicant's corrected details; every field is replaced")
record CorrectApplicantRequest(
        @NotBlank
        @Size(max = Applicant.MAX_NAME_LENGTH)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        @Schema(example = "Sam de Vries")
        String fullName,

        @NotBlank
        @Size(max = Applicant.MAX_EMAIL_LENGTH)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid e-mail address")
        @Schema(example = "sam@example.org")
        String email,

        @Size(max = Applicant.MAX_PHONE_LENGTH)
        @Pattern(regexp = "\\+?[0-9 ()-]{6,32}", message = "must be a phone number of digits, spaces, +, - and ()")
        @Schema(description = "Optional; left out or empty removes it", example = "+31 6 12345678")
        String phone,

        @NotNull
        @Pattern(regexp = "nl|en", message = "must be nl or en")
        @Schema(allowableValues = {"nl", "en"})
        String language) {

    ApplicantDetails toDetails() {
        String trimmedPhone = phone == null || phone.isBlank() ? null : phone.strip();
        return new ApplicantDetails(fullName.strip(), email.strip(), trimmedPhone, Language.fromCode(language));
    }

    @Override
    public String toString() {
        return "CorrectApplicantRequest[redacted]";
    }
}
