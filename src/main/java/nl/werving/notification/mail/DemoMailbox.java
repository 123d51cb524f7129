package nl.werving.notification.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import nl.werving.notification.MessageType;

/**
 * Demo mode without an SMTP server: mails are not sent but kept in memory (the newest {@value #CAPACITY}, lost on
 * restart) for the development mailbox page. Exists only in demo mode.
 */
public class DemoMailbox implements MailTransport {

    static final int CAPACITY = 200;

    private final Deque<DeliveredMail> mails = new ConcurrentLinkedDeque<>();
    private final Clock clock;

    public DemoMailbox(Clock clock) {
        this.clock = clock;
    }

    /** One mail as it would have been sent. */
    public record DeliveredMail(UUID messageId, UUID applicationId, MessageType type, Instant at, OutgoingMail mail) {
    }

    @Override
    public void send(OutboxRow row, OutgoingMail mail) {
        mails.addFirst(new DeliveredMail(row.id(), row.applicationId(), row.type(), clock.instant(), mail));
        while (mails.size() > CAPACITY) {
            mails.pollLast();
        }
    }

    /** Drops the kept mails about the application (erasure) and returns how many there were. */
    public int forget(UUID applicationId) {
        int before = mails.size();
        mails.removeIf(mail -> applicationId.equals(mail.applicationId()));
        return Math.max(0, before - mails.size());
    }

    /** The kept mails, newest first. */
    public List<DeliveredMail> mails() {
        return new ArrayList<>(mails);
    }
}
