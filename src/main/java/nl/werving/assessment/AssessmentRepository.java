package nl.werving.assessment;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    Optional<Assessment> findByApplicationId(UUID applicationId);

    boolean existsByReference(String reference);

    Optional<Assessment> findByReference(String reference);

    /** Locks the row, so that two deliveries of one result are handled one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Assessment a where a.reference = :reference")
    Optional<Assessment> lockByReference(String reference);
}
