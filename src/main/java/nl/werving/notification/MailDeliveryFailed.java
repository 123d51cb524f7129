package nl.werving.notification;

import java.util.UUID;

/**
 * Published when a message could not be delivered after its last attempt: someone must follow it up. The row is
 * marked FAILED only after every listener handled the event without an exception; if one throws, the row stays
 * pending, is tried once more later, and the event is published again. Listeners must therefore treat a repeat of
 * the same {@code messageId} as the same failure. Ids and the message type only, never addresses or text.
 */
public record MailDeliveryFailed(UUID messageId, UUID applicationId, MessageType type) {
}
