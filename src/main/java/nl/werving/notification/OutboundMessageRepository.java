package nl.werving.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    List<OutboundMessage> findByApplicationIdOrderByCreatedAt(UUID applicationId);

    /**
     * Puts a FAILED message back to PENDING with no attempts, due at {@code now}; a conditional update, so of two
     * calls for the same message only one changes it. Returns the number of rows changed (0 or 1).
     */
    @Modifying(flushAutomatically = true)
    @Query("update OutboundMessage m set m.status = nl.werving.notification.OutboundMessageStatus.PENDING,"
            + " m.attempts = 0, m.nextAttemptAt = :now"
            + " where m.id = :id and m.status = nl.werving.notification.OutboundMessageStatus.FAILED")
    int requeueFailed(@Param("id") UUID id, @Param("now") Instant now);
}
