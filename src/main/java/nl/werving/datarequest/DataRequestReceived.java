package nl.werving.datarequest;

import java.time.Instant;
import java.util.UUID;
import nl.werving.application.ApplicationReference;

/** A data-subject request was recorded; published once, in the recording transaction. */
public record DataRequestReceived(UUID requestId, UUID applicationId, ApplicationReference reference,
        DataRequestType type, Instant dueAt) {
}
