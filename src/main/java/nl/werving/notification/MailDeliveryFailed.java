package nl.werving.notification;

import java.util.UUID;

/** Published once when a message could not be delivered after its last attempt: someone must follow it up. */
public record MailDeliveryFailed(UUID applicationId, MessageType type) {
}
