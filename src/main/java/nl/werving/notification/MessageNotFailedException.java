package nl.werving.notification;

import java.util.UUID;

/** Only a message that failed for good can be queued again; this one is pending, sent or skipped. */
public class MessageNotFailedException extends RuntimeException {

    public MessageNotFailedException(UUID messageId, OutboundMessageStatus status) {
        super("Message " + messageId + " is " + status + ", not FAILED: only a failed message can be queued again");
    }
}
