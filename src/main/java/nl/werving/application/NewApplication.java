package nl.werving.application;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.cv.InspectedCv;

/**
 * A candidate's request to apply for a vacancy: who they are, their answers to the vacancy's knock-out
 * questions (question id to yes/no), optionally their inspected CV, and the version of the privacy notice they
 * were shown (null when the client did not say).
 */
public record NewApplication(UUID vacancyId, ApplicantDetails applicant, Map<UUID, Boolean> knockoutAnswers,
        InspectedCv cv, String privacyNoticeVersion) {

    public NewApplication {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(applicant, "applicant");
        knockoutAnswers = knockoutAnswers == null ? Map.of() : Map.copyOf(knockoutAnswers);
    }

    public NewApplication(UUID vacancyId, ApplicantDetails applicant, Map<UUID, Boolean> knockoutAnswers,
            InspectedCv cv) {
        this(vacancyId, applicant, knockoutAnswers, cv, null);
    }

    public NewApplication(UUID vacancyId, ApplicantDetails applicant) {
        this(vacancyId, applicant, Map.of(), null, null);
    }
}
