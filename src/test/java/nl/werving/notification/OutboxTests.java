package nl.werving.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class OutboxTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final UUID APPLICATION = UUID.fromString("5d0c43a4-8d5b-4d55-9d5e-3f6c0b1f2a11");

    private final OutboundMessageRepository messages = mock(OutboundMessageRepository.class);
    private final OutboundMessageQueue queue = mock(OutboundMessageQueue.class);
    private final Outbox outbox = new Outbox(messages, queue, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCandidateMessageIsQueuedAsPendingWithoutARecipient() {
        outbox.toCandidate(APPLICATION, MessageType.ASSESSMENT_INVITATION, 1);

        OutboundMessage queued = saved();
        assertThat(queued.getApplicationId()).isEqualTo(APPLICATION);
        assertThat(queued.getType()).isEqualTo(MessageType.ASSESSMENT_INVITATION);
        assertThat(queued.getRound()).isEqualTo(1);
        assertThat(queued.getRecipientKind()).isEqualTo(RecipientKind.CANDIDATE);
        assertThat(queued.getRecipient()).isNull();
        assertThat(queued.getStatus()).isEqualTo(OutboundMessageStatus.PENDING);
        assertThat(queued.getCreatedAt()).isEqualTo(NOW);
        assertThat(queued.getNextAttemptAt()).as("due at once").isEqualTo(NOW);
        assertThat(queued.getAttempts()).isZero();
        assertThat(queued.getId()).isNotNull();
    }

    @Test
    void aStaffMessageNamesItsRecipient() {
        outbox.toStaff(APPLICATION, MessageType.REVIEW_OVERDUE, 2, "team-leads");

        OutboundMessage queued = saved();
        assertThat(queued.getRecipientKind()).isEqualTo(RecipientKind.STAFF);
        assertThat(queued.getRecipient()).isEqualTo("team-leads");
        assertThat(queued.getRound()).isEqualTo(2);
    }

    @Test
    void aStaffMessageNeedsAShortRecipientId() {
        assertThatThrownBy(() -> outbox.toStaff(APPLICATION, MessageType.REVIEW_OVERDUE, 1, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.toStaff(APPLICATION, MessageType.REVIEW_OVERDUE, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.toStaff(APPLICATION, MessageType.REVIEW_OVERDUE, 1, "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        verify(queue, never()).queueIfAbsent(any());
    }

    @Test
    void aMessageIsOnlyQueuedToTheRecipientsItsTypeIsFor() {
        assertThatThrownBy(() -> outbox.toCandidate(APPLICATION, MessageType.REVIEW_OVERDUE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REVIEW_OVERDUE");
        assertThatThrownBy(() -> outbox.toStaff(APPLICATION, MessageType.OFFER, 1, "recruiters"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OFFER");
        verify(queue, never()).queueIfAbsent(any());
    }

    @Test
    void roundsStartAtOne() {
        assertThatThrownBy(() -> outbox.toCandidate(APPLICATION, MessageType.OFFER, 0))
                .isInstanceOf(IllegalArgumentException.class);
        verify(queue, never()).queueIfAbsent(any());
    }

    @Test
    void aFailedMessageIsQueuedAgainDueNow() {
        UUID message = UUID.randomUUID();
        when(messages.requeueFailed(message, NOW)).thenReturn(1);

        outbox.retryFailed(message);

        verify(messages).requeueFailed(message, NOW);
    }

    @Test
    void anUnknownMessageCannotBeQueuedAgain() {
        UUID message = UUID.randomUUID();
        when(messages.findById(message)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> outbox.retryFailed(message)).isInstanceOf(UnknownMessageException.class)
                .hasMessageContaining(message.toString());
    }

    @Test
    void onlyAFailedMessageCanBeQueuedAgain() {
        OutboundMessage pending = OutboundMessage.toCandidate(APPLICATION, MessageType.REJECTION, 1, NOW);
        when(messages.findById(pending.getId())).thenReturn(Optional.of(pending));

        assertThatThrownBy(() -> outbox.retryFailed(pending.getId())).isInstanceOf(MessageNotFailedException.class)
                .hasMessageContaining(pending.getId().toString()).hasMessageContaining("is PENDING, not FAILED");
    }

    private OutboundMessage saved() {
        ArgumentCaptor<OutboundMessage> captor = ArgumentCaptor.forClass(OutboundMessage.class);
        verify(queue).queueIfAbsent(captor.capture());
        return captor.getValue();
    }
}
