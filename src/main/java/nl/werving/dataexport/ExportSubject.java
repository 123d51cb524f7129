package nl.werving.dataexport;

import java.util.Objects;
import java.util.UUID;

/** Whose data an export is about: the application, its applicant and the application's reference. */
public record ExportSubject(UUID applicationId, UUID applicantId, String reference) {

    public ExportSubject {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(reference, "reference");
    }
}
