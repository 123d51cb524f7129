package nl.werving.erasure;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureReceiptRepository extends JpaRepository<ErasureReceiptRecord, UUID> {

    List<ErasureReceiptRecord> findByReferenceOrderByErasedAt(String reference);
}
