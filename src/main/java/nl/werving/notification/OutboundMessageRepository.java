package nl.werving.notification;

import jakarta.persistence.QueryHint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    List<OutboundMessage> findByApplicationIdOrderByCreatedAt(UUID applicationId);

    /**
     * Stores the message unless the same message (application, type, round, recipient kind and recipient) is stored
     * already, in one statement; the message's other fields are those of a new message. Two transactions queueing
     * the same message at once both find none: the unique constraint refuses the later one's row.
     */
    default void queueIfAbsent(OutboundMessage message) {
        insertIfAbsent(message.getId(), message.getApplicationId(), message.getType().name(),
                message.getRound(), message.getRecipientKind().name(), message.getRecipient(),
                message.getStatus().name(), message.getCreatedAt(), message.getAttempts(),
                message.getNextAttemptAt());
    }

    // Standard SQL that PostgreSQL (15+) and H2 both run; "is not distinct from" matches the candidate's messages,
    // whose recipient is null, as the unique constraint (nulls not distinct) does. The hint names the one table it
    // touches: without it, Hibernate first writes everything else pending in the transaction, and a row that the
    // database refuses (an applicant's, say) would fail inside the process engine's command, which logs the error.
    @Modifying
    @QueryHints(@QueryHint(name = HibernateHints.HINT_NATIVE_SPACES, value = "outbound_message"))
    @Query(nativeQuery = true, value = """
            merge into outbound_message m
            using (select 1 as one) s
            on m.application_id = :applicationId and m.type = :type and m.round = :round
                and m.recipient_kind = :recipientKind and m.recipient is not distinct from :recipient
            when not matched then insert
                (id, application_id, type, round, recipient_kind, recipient, status, created_at, attempts,
                 next_attempt_at)
            values (:id, :applicationId, :type, :round, :recipientKind, :recipient, :status, :createdAt, :attempts,
                 :nextAttemptAt)""")
    void insertIfAbsent(@Param("id") UUID id, @Param("applicationId") UUID applicationId, @Param("type") String type,
            @Param("round") int round, @Param("recipientKind") String recipientKind,
            @Param("recipient") String recipient, @Param("status") String status,
            @Param("createdAt") Instant createdAt, @Param("attempts") int attempts,
            @Param("nextAttemptAt") Instant nextAttemptAt);

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
