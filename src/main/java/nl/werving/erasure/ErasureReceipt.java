package nl.werving.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Proof of one erasure, without personal data: which application (by its random reference), when, why, and how
 * many records each store erased.
 */
public record ErasureReceipt(UUID id, String reference, ErasureReason reason, Instant erasedAt,
        List<StoreResult> stores) {

    public ErasureReceipt {
        stores = List.copyOf(stores);
    }

    /** One store's part of the erasure. */
    public record StoreResult(String store, int records) {
    }
}
