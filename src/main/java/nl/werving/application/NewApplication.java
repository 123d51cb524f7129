package nl.werving.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.cv.InspectedCv;

/**
 * A candidate's request to apply for a vacancy: who they are, their answers to the vacancy's knock-out
 * questions (question id to yes/no), optionally their inspected CV, and the version of the privacy notice they
 * were shown. An application that names no version, or one never published, is refused when submitted.
 */
public record NewApplication(UUID vacancyId, ApplicantDetails applicant, Map<UUID, Boolean> knockoutAnswers,
        InspectedCv cv, String privacyNoticeVersion) {

    public NewApplication {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(applicant, "applicant");
        knockoutAnswers = knockoutAnswers == null ? Map.of() : Map.copyOf(knockoutAnswers);
    }

    public NewApplication(UUID vacancyId, ApplicantDetails applicant, String privacyNoticeVersion) {
        this(vacancyId, applicant, Map.of(), null, privacyNoticeVersion);
    }

    /**
     * A SHA-256 (hex) of everything this request asks for, the CV by its own hash: two requests have the same
     * fingerprint exactly when they ask for the same application. Used to tell a retry from a different request
     * under one idempotency key.
     */
    public String fingerprint() {
        StringBuilder fields = new StringBuilder();
        List.of(vacancyId.toString(), applicant.fullName(), applicant.email(),
                        String.valueOf(applicant.phone()), applicant.preferredLanguage().code(),
                        cv == null ? "no-cv" : cv.sha256(), String.valueOf(privacyNoticeVersion))
                .forEach(field -> fields.append(field.length()).append(':').append(field).append(';'));
        new TreeMap<>(knockoutAnswers).forEach((question, answer) ->
                fields.append(question).append('=').append(answer).append(';'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(fields.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
