package nl.werving.application.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;
import nl.werving.application.NewApplication;
import nl.werving.cv.InspectedCv;

/** The JSON body of {@code POST /api/applications}. */
@Schema(name = "SubmitApplication", description = "A candidate's application for an open vacancy")
record SubmitApplicationRequest(
        @NotNull
        @Schema(description = "Id of an open vacancy, as listed by GET /api/vacancies")
        UUID vacancyId,

        @NotBlank
        @Size(max = Applicant.MAX_NAME_LENGTH)
        @Pattern(regexp = ApplicantDetails.NAME_PATTERN,
                message = "must not contain control characters, angle brackets or text-direction overrides")
        @Schema(description = "The candidate's name as they want to be addressed", example = "Sam de Vries")
        String fullName,

        @NotBlank
        @Size(max = Applicant.MAX_EMAIL_LENGTH)
        @Email(regexp = ApplicantDetails.EMAIL_PATTERN, message = "must be a valid e-mail address")
        @Schema(example = "sam@example.org")
        String email,

        @Size(max = Applicant.MAX_PHONE_LENGTH)
        @Pattern(regexp = ApplicantDetails.PHONE_PATTERN, message = "must be a phone number of digits, spaces, +, - and ()")
        @Schema(description = "Optional", example = "+31 6 12345678")
        String phone,

        @Pattern(regexp = "nl|en", message = "must be nl or en")
        @Schema(description = "Language for all communication; nl when left out", allowableValues = {"nl", "en"})
        String language,

        @Schema(description = "Answers to the vacancy's knock-out questions: question id to true (yes) or false (no); "
                + "every question of the vacancy must be answered")
        @Size(max = 50)
        Map<UUID, @NotNull(message = "must be true or false") Boolean> knockoutAnswers,

        @NotBlank(message = "must name the privacy notice version shown to the candidate (GET /api/privacy-notice)")
        @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "must be a privacy notice version such as 2026-11")
        @Schema(description = "The version of the privacy notice shown to the candidate (GET /api/privacy-notice); "
                + "recorded as their acknowledgement. Must name a published version",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11")
        String privacyNoticeVersion) {

    NewApplication toNewApplication(InspectedCv cv) {
        Language preferred = language == null ? Language.NL : Language.fromCode(language);
        String trimmedPhone = phone == null || phone.isBlank() ? null : phone.strip();
        return new NewApplication(vacancyId,
                new ApplicantDetails(fullName.strip(), email.strip(), trimmedPhone, preferred), knockoutAnswers, cv,
                privacyNoticeVersion);
    }

    @Override
    public String toString() {
        return "SubmitApplicationRequest[vacancyId=" + vacancyId + "]";
    }
}
