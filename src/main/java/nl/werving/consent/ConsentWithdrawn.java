package nl.werving.consent;

import java.time.Instant;
import java.util.UUID;

/** A consent that was in force was withdrawn. Published in the recording transaction. */
public record ConsentWithdrawn(UUID applicationId, ConsentPurpose purpose, Instant withdrawnAt) {
}
