package nl.werving.screening.store;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredScreeningResultRepository extends JpaRepository<StoredScreeningResult, UUID> {

    /** The application's most recent screening. */
    // A JPQL query, not a derived one: asked for every application, and Hibernate reuses the SQL translation of a
    // query string but translates Spring Data's derived (criteria) queries anew on every call.
    @Query("select r from StoredScreeningResult r where r.applicationId = :applicationId and r.sequenceNumber ="
            + " (select max(l.sequenceNumber) from StoredScreeningResult l where l.applicationId = :applicationId)")
    Optional<StoredScreeningResult> findFirstByApplicationIdOrderBySequenceNumberDesc(UUID applicationId);

    /** The highest sequence number of the application's screenings, 0 when it has none. */
    @Query("select coalesce(max(r.sequenceNumber), 0) from StoredScreeningResult r where r.applicationId = :applicationId")
    int lastSequenceNumber(UUID applicationId);
}
