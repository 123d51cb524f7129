package nl.werving.cv;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CvDocumentRepository extends JpaRepository<CvDocument, UUID> {

    /** Only the text, without loading the document's bytes. */
    @Query("select d.extractedText from CvDocument d where d.applicationId = :applicationId")
    Optional<String> findExtractedText(UUID applicationId);
}
