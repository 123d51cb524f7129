package nl.werving.erasure;

import java.util.Objects;
import java.util.UUID;

/** The application whose personal data is being erased: its id and its random, non-personal reference. */
public record ErasedApplication(UUID applicationId, String reference) {

    public ErasedApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(reference, "reference");
    }
}
