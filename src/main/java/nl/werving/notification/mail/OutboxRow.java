package nl.werving.notification.mail;

import java.util.UUID;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;

/** One claimed outbox row: ids only. {@code attempts} counts this attempt. */
public record OutboxRow(UUID id, UUID applicationId, MessageType type, int round, RecipientKind recipientKind,
        String recipient, int attempts) {
}
