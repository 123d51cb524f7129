package nl.werving.cv;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/**
 * The CV an application came with: the uploaded bytes, the type detected from them, their SHA-256 and the text
 * extracted from them; the text is {@code null} until it is extracted, when intake could not do so in time. Personal
 * data. The file name is not kept: it often holds the candidate's name.
 */
@Entity
@Table(name = "cv_document")
class CvDocument extends AssignedIdEntity {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;

    @Column(nullable = false)
    private byte[] content;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "extracted_text", length = CvProperties.COLUMN_CHARACTERS)
    private String extractedText;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CvDocument() {
        // for JPA
    }

    CvDocument(UUID applicationId, InspectedCv cv, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.content = cv.content();
        this.contentType = cv.contentType();
        this.sha256 = cv.sha256();
        this.sizeBytes = cv.content().length;
        this.extractedText = cv.text();
        this.uploadedAt = uploadedAt;
    }

    /** Records the text extracted after intake, and the type detected then when intake could not tell it. */
    void extracted(String detectedContentType, String text) {
        this.contentType = detectedContentType;
        this.extractedText = text;
    }

    boolean isTextPending() {
        return extractedText == null;
    }

    String getExtractedText() {
        return extractedText;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }

    @Override
    public UUID getId() {
        return applicationId;
    }

    @Override
    public String toString() {
        return "CvDocument[" + applicationId + ", " + contentType + ", " + sizeBytes + " bytes]";
    }
}
