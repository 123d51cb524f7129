package nl.werving.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One slot offered to the candidate, numbered from 1 in the order proposed. */
@Embeddable
record ProposedSlot(
        @Column(name = "slot_index", nullable = false) int slotIndex,
        @Column(name = "starts_at", nullable = false) Instant startsAt) {
}
