package nl.werving.cv;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The CV module's public service. */
@Service
public class CvDocuments {

    /**
     * Detects the document's type from its content and extracts its text, within the configured limits. Touches
     * no database, so it runs before the application's transaction.
     *
     * @throws CvRejectedException when the document cannot be taken, with a message for the candidate
     */
    public InspectedCv inspect(byte[] content, String declaredFileName) {
        throw new CvRejectedException(CvRejectedException.Reason.UNSUPPORTED_TYPE, "CV upload is not available yet");
    }

    /** Stores the inspected CV for the application (in the caller's transaction). */
    public void store(UUID applicationId, InspectedCv cv) {
        throw new UnsupportedOperationException("CV storage is not available yet");
    }

    /** The CV's extracted text, when the application came with a CV. */
    public Optional<String> text(UUID applicationId) {
        return Optional.empty();
    }
}
