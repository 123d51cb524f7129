package nl.werving.notification;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    java.util.List<OutboundMessage> findByApplicationIdOrderByCreatedAt(UUID applicationId);

    // A JPQL query, not a derived one: asked for every application, and Hibernate reuses the SQL translation of a
    // query string but translates Spring Data's derived (criteria) queries anew on every call.
    @Query("select count(m) > 0 from OutboundMessage m where m.applicationId = :applicationId and m.type = :type"
            + " and m.round = :round and m.recipientKind = :recipientKind and m.recipient is null")
    boolean existsByApplicationIdAndTypeAndRoundAndRecipientKindAndRecipientIsNull(UUID applicationId,
            MessageType type, int round, RecipientKind recipientKind);

    boolean existsByApplicationIdAndTypeAndRoundAndRecipientKindAndRecipient(UUID applicationId, MessageType type,
            int round, RecipientKind recipientKind, String recipient);

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
