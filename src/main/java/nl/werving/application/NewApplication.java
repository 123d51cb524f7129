package nl.werving.application;

import java.util.Objects;
import java.util.UUID;
import nl.werving.applicant.ApplicantDetails;

/** A candidate's request to apply for a vacancy. */
public record NewApplication(UUID vacancyId, ApplicantDetails applicant) {

    public NewApplication {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(applicant, "applicant");
    }
}
