package nl.werving.screening.store;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredScreeningResultRepository extends JpaRepository<StoredScreeningResult, UUID> {

    /** The application's most recent screening. */
    Optional<StoredScreeningResult> findFirstByApplicationIdOrderBySequenceNumberDesc(UUID applicationId);

    /** The highest sequence number of the application's screenings, 0 when it has none. */
    @Query("select coalesce(max(r.sequenceNumber), 0) from StoredScreeningResult r where r.applicationId = :applicationId")
    int lastSequenceNumber(UUID applicationId);
}
