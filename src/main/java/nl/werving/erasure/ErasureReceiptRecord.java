package nl.werving.erasure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/** The stored receipt. */
@Entity
@Table(name = "erasure_receipt")
class ErasureReceiptRecord extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false, length = 24)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private ErasureReason reason;

    @Column(name = "erased_at", nullable = false, updatable = false)
    private Instant erasedAt;

    @ElementCollection
    @CollectionTable(name = "erasure_receipt_store", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "position")
    private List<Store> stores = new ArrayList<>();

    protected ErasureReceiptRecord() {
        // for JPA
    }

    ErasureReceiptRecord(ErasureReceipt receipt) {
        this.id = receipt.id();
        this.reference = receipt.reference();
        this.reason = receipt.reason();
        this.erasedAt = receipt.erasedAt();
        receipt.stores().forEach(store -> stores.add(new Store(store.store(), store.records())));
    }

    ErasureReceipt view() {
        return new ErasureReceipt(id, reference, reason, erasedAt,
                stores.stream().map(store -> new ErasureReceipt.StoreResult(store.name, store.records)).toList());
    }

    @Embeddable
    static class Store {

        @Column(name = "store", nullable = false, length = 60)
        private String name;

        @Column(nullable = false)
        private int records;

        protected Store() {
            // for JPA
        }

        Store(String name, int records) {
            this.name = name;
            this.records = records;
        }
    }

    @Override
    public UUID getId() {
        return id;
    }
}
