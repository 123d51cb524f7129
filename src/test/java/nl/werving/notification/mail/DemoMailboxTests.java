package nl.werving.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import org.junit.jupiter.api.Test;

class DemoMailboxTests {

    private final DemoMailbox mailbox = new DemoMailbox(Clock.systemUTC());

    @Test
    void erasureDropsTheApplicationsMailsAndKeepsTheOthers() {
        UUID erased = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        deliver(erased, MessageType.APPLICATION_RECEIVED);
        deliver(other, MessageType.APPLICATION_RECEIVED);
        deliver(erased, MessageType.REJECTION);

        assertThat(mailbox.forget(erased)).isEqualTo(2);

        assertThat(mailbox.mails()).extracting(DemoMailbox.DeliveredMail::applicationId).containsExactly(other);
        assertThat(mailbox.forget(erased)).isZero();
    }

    private void deliver(UUID applicationId, MessageType type) {
        mailbox.send(new OutboxRow(UUID.randomUUID(), applicationId, type, 1, RecipientKind.CANDIDATE, null, 1),
                new OutgoingMail(List.of("someone@example.org"), "Subject", "<p>Body</p>", "Body", List.of()));
    }
}
