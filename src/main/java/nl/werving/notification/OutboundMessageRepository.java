package nl.werving.notification;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, UUID> {

    boolean existsByApplicationIdAndTypeAndRoundAndRecipientKindAndRecipientIsNull(UUID applicationId,
            MessageType type, int round, RecipientKind recipientKind);

    boolean existsByApplicationIdAndTypeAndRoundAndRecipientKindAndRecipient(UUID applicationId, MessageType type,
            int round, RecipientKind recipientKind, String recipient);
}
