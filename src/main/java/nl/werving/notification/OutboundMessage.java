package nl.werving.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One message owed to a candidate or a staff member, identified by application, type, round and recipient.
 * Holds ids only: the text is rendered when it is sent, from the data that exists then.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage extends AssignedIdEntity {

    public static final int MAX_RECIPIENT_LENGTH = 64;

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private MessageType type;

    @Column(nullable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "recipient_kind", nullable = false, length = 20)
    private RecipientKind recipientKind;

    /** The staff user or group id; null for the candidate, whose address lives with the applicant. */
    @Column(length = MAX_RECIPIENT_LENGTH)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OutboundMessageStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_failure", length = 200)
    private String lastFailure;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundMessage() {
        // for JPA
    }

    private OutboundMessage(UUID applicationId, MessageType type, int round, RecipientKind recipientKind,
            String recipient, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.type = Objects.requireNonNull(type, "type");
        this.round = round;
        this.recipientKind = Objects.requireNonNull(recipientKind, "recipientKind");
        this.recipient = recipient;
        this.status = OutboundMessageStatus.PENDING;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.nextAttemptAt = createdAt;
    }

    static OutboundMessage toCandidate(UUID applicationId, MessageType type, int round, Instant at) {
        return new OutboundMessage(applicationId, type, round, RecipientKind.CANDIDATE, null, at);
    }

    static OutboundMessage toStaff(UUID applicationId, MessageType type, int round, String userOrGroupId, Instant at) {
        return new OutboundMessage(applicationId, type, round, RecipientKind.STAFF,
                Objects.requireNonNull(userOrGroupId, "userOrGroupId"), at);
    }

    public UUID getId() {
        return id;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public MessageType getType() {
        return type;
    }

    public int getRound() {
        return round;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipient() {
        return recipient;
    }

    public OutboundMessageStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** Why the last attempt failed or the message was skipped: a category, never personal data. */
    public String getLastFailure() {
        return lastFailure;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + id + ", " + type + ", round " + round + ", " + recipientKind + "]";
    }
}
