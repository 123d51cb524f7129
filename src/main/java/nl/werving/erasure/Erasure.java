package nl.werving.erasure;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases an application's personal data from every registered {@link PersonalDataStore} in one transaction and
 * records the receipt. Erasing again finds nothing left and records a receipt with zero counts.
 */
@Service
public class Erasure {

    private static final Logger log = LoggerFactory.getLogger(Erasure.class);

    private final List<PersonalDataStore> stores;
    private final ErasureReceiptRepository receipts;
    private final Clock clock;
    private final EntityManager entityManager;

    Erasure(List<PersonalDataStore> stores, ErasureReceiptRepository receipts, Clock clock,
            EntityManager entityManager) {
        this.stores = List.copyOf(stores);
        this.receipts = receipts;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Erases the application's personal data everywhere and returns the receipt. */
    @Transactional
    public ErasureReceipt erase(ErasedApplication application, ErasureReason reason) {
        List<ErasureReceipt.StoreResult> results = new ArrayList<>();
        for (PersonalDataStore store : stores) {
            // Stores may erase with plain SQL: changes the caller made through JPA go to the database first.
            entityManager.flush();
            results.add(new ErasureReceipt.StoreResult(store.name(), store.erase(application)));
        }
        ErasureReceipt receipt = new ErasureReceipt(UUID.randomUUID(), application.reference(), reason,
                clock.instant(), results);
        receipts.save(new ErasureReceiptRecord(receipt));
        log.info("Application {} erased ({}) from {} stores", application.applicationId(), reason, results.size());
        return receipt;
    }

    /** The receipts recorded for the reference, oldest first. */
    @Transactional(readOnly = true)
    public List<ErasureReceipt> receipts(String reference) {
        return receipts.findByReferenceOrderByErasedAt(reference).stream().map(ErasureReceiptRecord::view).toList();
    }

    /** The names of the stores erasure reaches, in the order they are erased. */
    public List<String> storeNames() {
        return stores.stream().map(PersonalDataStore::name).toList();
    }
}
