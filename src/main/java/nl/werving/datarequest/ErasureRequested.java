package nl.werving.datarequest;

import java.util.UUID;
import nl.werving.application.ApplicationReference;

/**
 * The candidate asked for erasure (Art. 17) and the request was confirmed. The applicant-data lifecycle process
 * takes it from here (message {@code ErasureRequested}): it erases unless a legal hold or the running procedure
 * stands in the way. This module only announces it.
 */
public record ErasureRequested(UUID applicationId, ApplicationReference reference) {
}
