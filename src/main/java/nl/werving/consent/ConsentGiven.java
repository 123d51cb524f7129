package nl.werving.consent;

import java.time.Instant;
import java.util.UUID;

/**
 * The candidate gave a consent, or gave it again while one was in force (a renewal, e.g. of the talent pool when
 * asked before its period ends). Published in the recording transaction.
 */
public record ConsentGiven(UUID applicationId, ConsentPurpose purpose, Instant givenAt) {
}
