package nl.werving.notification;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages for sending, in the caller's transaction. Every message is identified by application, type,
 * round and recipient, and queueing the same message again is a no-op: a retried process step or a redelivered
 * event never mails anyone twice. One statement looks for the message and inserts it if absent; the table's unique
 * constraint is the backstop for two transactions racing each other (the later one then fails and is retried by its
 * caller).
 */
@Service
@Transactional
public class Outbox {

    private final OutboundMessageRepository messages;
    private final OutboundMessageQueue queue;
    private final Clock clock;

    Outbox(OutboundMessageRepository messages, OutboundMessageQueue queue, Clock clock) {
        this.messages = messages;
        this.queue = queue;
        this.clock = clock;
    }

    /** Queues a message to the application's candidate, unless it is queued already. */
    public void toCandidate(UUID applicationId, MessageType type, int round) {
        requireValid(applicationId, type, round, RecipientKind.CANDIDATE);
        queue.queueIfAbsent(OutboundMessage.toCandidate(applicationId, type, round, clock.instant()));
    }

    /** Queues a message about the application to a staff member or group, unless it is queued already. */
    public void toStaff(UUID applicationId, MessageType type, int round, String userOrGroupId) {
        requireValid(applicationId, type, round, RecipientKind.STAFF);
        if (userOrGroupId == null || userOrGroupId.isBlank()
                || userOrGroupId.length() > OutboundMessage.MAX_RECIPIENT_LENGTH) {
            throw new IllegalArgumentException("A staff message needs a user or group id of at most "
                    + OutboundMessage.MAX_RECIPIENT_LENGTH + " characters");
        }
        queue.queueIfAbsent(OutboundMessage.toStaff(applicationId, type, round, userOrGroupId, clock.instant()));
    }

    /**
     * Queues a message that failed for good once more, e.g. after its address or the mail server was fixed: the
     * row goes back to PENDING with no attempts, due now, and the sender tries it again with its full retries.
     *
     * @throws UnknownMessageException when no message has this id
     * @throws MessageNotFailedException when the message is pending, sent or skipped
     */
    public void retryFailed(UUID messageId) {
        Objects.requireNonNull(messageId, "messageId");
        if (messages.requeueFailed(messageId, clock.instant()) == 1) {
            return;
        }
        OutboundMessage message = messages.findById(messageId).orElseThrow(() -> new UnknownMessageException(messageId));
        throw new MessageNotFailedException(messageId, message.getStatus());
    }

    private static void requireValid(UUID applicationId, MessageType type, int round, RecipientKind recipient) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(type, "type");
        if (!type.isFor(recipient)) {
            throw new IllegalArgumentException(type + " is not a message to " + recipient);
        }
        if (round < 1) {
            throw new IllegalArgumentException("round starts at 1");
        }
    }
}
