package nl.werving.datarequest;

import java.time.Instant;
import java.util.UUID;

/**
 * A data-subject request as recorded: which application, the application's n-th request, kind, channel, status,
 * when it was received, when it is due, when it became overdue (if it did) and when it was completed.
 */
public record DataRequest(UUID id, UUID applicationId, int number, DataRequestType type, DataRequestChannel channel,
        DataRequestStatus status, Instant receivedAt, Instant dueAt, Instant overdueAt, Instant completedAt) {
}
