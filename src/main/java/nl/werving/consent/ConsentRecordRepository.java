package nl.werving.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, UUID> {

    /** The consent in force for the purpose; JPQL, so that Hibernate's query plan cache serves every intake. */
    @Query("select c from ConsentRecord c where c.applicationId = :applicationId and c.purpose = :purpose"
            + " and c.withdrawnAt is null")
    Optional<ConsentRecord> findInForce(UUID applicationId, ConsentPurpose purpose);

    List<ConsentRecord> findByApplicationIdOrderByGivenAt(UUID applicationId);
}
