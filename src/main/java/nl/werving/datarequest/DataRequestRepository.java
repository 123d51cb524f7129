package nl.werving.datarequest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataRequestRepository extends JpaRepository<DataRequestRecord, UUID> {

    List<DataRequestRecord> findByApplicationIdOrderByNumber(UUID applicationId);

    Optional<DataRequestRecord> findFirstByApplicationIdAndTypeAndStatusIn(UUID applicationId, DataRequestType type,
            Collection<DataRequestStatus> statuses);

    long countByApplicationId(UUID applicationId);
}
