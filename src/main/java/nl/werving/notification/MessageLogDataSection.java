package nl.werving.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of messages about the application in the candidate's data export: type, to whom (the candidate, or a
 * staff user or group), status and times. Bodies are not stored, so none are exported.
 */
@Component
class MessageLogDataSection implements PersonalDataSection {

    private final OutboundMessageRepository messages;

    MessageLogDataSection(OutboundMessageRepository messages) {
        this.messages = messages;
    }

    @Override
    public String name() {
        return "messages";
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> export(ExportSubject subject) {
        return messages.findByApplicationIdOrderByCreatedAt(subject.applicationId()).stream().map(message -> {
            Map<String, Object> exported = new LinkedHashMap<>();
            exported.put("type", message.getType());
            exported.put("recipientKind", message.getRecipientKind());
            exported.put("recipient", message.getRecipient());
            exported.put("status", message.getStatus());
            exported.put("queuedAt", message.getCreatedAt());
            exported.put("sentAt", message.getSentAt());
            return exported;
        }).toList();
    }
}
