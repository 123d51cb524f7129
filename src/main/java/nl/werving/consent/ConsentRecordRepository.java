package nl.werving.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, UUID> {

    Optional<ConsentRecord> findByApplicationIdAndPurposeAndWithdrawnAtIsNull(UUID applicationId,
            ConsentPurpose purpose);

    List<ConsentRecord> findByApplicationIdOrderByGivenAt(UUID applicationId);
}
