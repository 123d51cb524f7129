package nl.werving.application;

import java.util.UUID;

/**
 * Published inside the transaction that stored a new application; a listener that throws rolls the
 * submission back. Carries ids only.
 */
public record ApplicationSubmitted(UUID applicationId, ApplicationReference reference, UUID vacancyId) {
}
