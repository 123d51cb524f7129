package nl.werving.notification;

import java.util.Map;
import java.util.UUID;

/**
 * What another module adds to the candidate's mails of certain types, for data this module must not reach into
 * (e.g. the assessment provider's link). The mail sender asks every such bean when it composes a mail; template
 * variables it adds are named in the catalogue (docs/processes.md).
 */
public interface MailContent {

    /** Adds template variables for a candidate mail of this type about this application; adds nothing otherwise. */
    void addTo(MessageType type, UUID applicationId, Map<String, Object> variables);
}
