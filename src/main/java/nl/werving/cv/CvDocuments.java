package nl.werving.cv;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The CV module's public service. */
@Service
public class CvDocuments {

    private final CvInspector inspector;
    private final CvDocumentRepository documents;
    private final Clock clock;

    CvDocuments(CvInspector inspector, CvDocumentRepository documents, Clock clock) {
        this.inspector = inspector;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Detects the document's type from its content and extracts its text, within the configured limits. Touches
     * no database, so it runs before the application's transaction.
     *
     * @param declaredFileName the name the candidate's file had; a hint for the type only, never trusted, never
     *        stored or logged
     * @throws CvRejectedException when the document cannot be taken, with a message for the candidate
     * @throws CvIntakeBusyException when too many documents are being read at the same time
     */
    public InspectedCv inspect(byte[] content, String declaredFileName) {
        return inspector.inspect(content, declaredFileName);
    }

    /** Stores the inspected CV for the application (in the caller's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void store(UUID applicationId, InspectedCv cv) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(cv, "cv");
        documents.save(new CvDocument(applicationId, cv, clock.instant()));
    }

    /** The document as uploaded, when the application came with a CV. */
    @Transactional(readOnly = true)
    public Optional<OriginalCv> original(UUID applicationId) {
        return documents.findById(applicationId)
                .map(document -> new OriginalCv(document.getContentType(), document.getContent()));
    }

    /** The CV's extracted text, when the application came with a CV. */
    @Transactional(readOnly = true)
    public Optional<String> text(UUID applicationId) {
        return documents.findExtractedText(applicationId);
    }
}
