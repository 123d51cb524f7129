package nl.werving.notification;

import java.util.UUID;

/** No queued message has this id. */
public class UnknownMessageException extends RuntimeException {

    public UnknownMessageException(UUID messageId) {
        super("No queued message has the id " + messageId);
    }
}
