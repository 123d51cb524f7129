package nl.werving.portal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.ApplicantDetails;
import org.springframework.util.MultiValueMap;

/**
 * What the apply form sends, apart from the CV: the same rules as the application API's body, so that what the
 * portal accepts the application service accepts too. {@code knockout} maps a question id (as text) to
 * {@code yes} or {@code no}, as the form's radio buttons send them.
 */
record ApplyForm(
        @NotBlank @Size(max = Applicant.MAX_NAME_LENGTH) @Pattern(regexp = ApplicantDetails.NAME_PATTERN)
        String fullName,

        @NotBlank @Size(max = Applicant.MAX_EMAIL_LENGTH) @Email(regexp = ApplicantDetails.EMAIL_PATTERN)
        String email,

        @Size(max = Applicant.MAX_PHONE_LENGTH) @Pattern(regexp = ApplicantDetails.PHONE_PATTERN)
        String phone,

        @NotNull @Pattern(regexp = "nl|en")
        String language,

        Map<String, String> knockout,

        String privacyNoticeVersion,

        /** A random key the form is given when it is first shown: sending it twice makes one application. */
        String submissionKey) {

    static final String KNOCKOUT_PREFIX = "knockout-";

    ApplyForm {
        knockout = knockout == null ? Map.of() : Map.copyOf(knockout);
    }

    /** An empty form, its language preset to the page's, with a new submission key. */
    static ApplyForm empty(String language) {
        return new ApplyForm("", "", "", language, Map.of(), null, UUID.randomUUID().toString());
    }

    /** The form as posted; a blank phone number is none. */
    static ApplyForm from(MultiValueMap<String, String> fields) {
        Map<String, String> knockout = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith(KNOCKOUT_PREFIX) && !values.isEmpty()) {
                knockout.put(name.substring(KNOCKOUT_PREFIX.length()), values.get(0));
            }
        });
        String phone = fields.getFirst("phone");
        return new ApplyForm(strip(fields.getFirst("fullName")), strip(fields.getFirst("email")),
                phone == null || phone.isBlank() ? null : phone.strip(), fields.getFirst("language"), knockout,
                fields.getFirst("privacyNoticeVersion"), submissionKey(fields.getFirst("submissionKey")));
    }

    /** The key the form was shown with; a new one when it came without one or with something else. */
    private static String submissionKey(String posted) {
        return posted != null && posted.matches("[0-9a-f-]{36}") ? posted : UUID.randomUUID().toString();
    }

    /** The answer given to the question, {@code yes}, {@code no}, or null. */
    public String answer(String questionId) {
        return knockout.get(questionId);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ApplyForm[redacted]";
    }
}
