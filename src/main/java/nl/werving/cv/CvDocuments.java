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
     * Detects the document's type from its content and extracts its text, within the configured limits. When the
     * text is not extracted within the intake time limit, the document is accepted with its text pending
     * ({@link InspectedCv#textPending()}); {@link #textOrExtract(UUID)} extracts it later. Touches no database, so
     * it runs before the application's transaction.
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

    /** The CV's extracted text, when the application came with a CV and its text has been extracted. */
    @Transactional(readOnly = true)
    public Optional<String> text(UUID applicationId) {
        return documents.findExtractedText(applicationId);
    }

    /**
     * The CV's text, extracting and storing it first when intake left it pending (within the background time
     * limit, in the caller's transaction). Empty when the application came without a CV.
     *
     * @throws CvRejectedException when the pending document turns out unreadable or its extraction takes too long;
     *         the caller's transaction is not marked for rollback
     */
    @Transactional(noRollbackFor = CvRejectedException.class)
    public Optional<String> textOrExtract(UUID applicationId) {
        Optional<String> text = documents.findExtractedText(applicationId);
        if (text.isPresent()) {
            return text;
        }
        Optional<CvDocument> pending = documents.findById(applicationId).filter(CvDocument::isTextPending);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        CvDocument document = pending.get();
        InspectedCv extracted = inspector.extractPending(document.getContent());
        document.extracted(extracted.contentType(), extracted.text());
        return Optional.of(extracted.text());
    }
}
