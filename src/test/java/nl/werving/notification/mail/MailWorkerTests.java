package nl.werving.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.notification.MailDeliveryFailed;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailSendException;

/** The hand-over of a message that failed for good: the row is FAILED only once its follow-up was taken on. */
class MailWorkerTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    private static final int MAX_ATTEMPTS = 3;

    private final UUID messageId = UUID.randomUUID();
    private final UUID applicationId = UUID.randomUUID();
    private final OutboxStore store = mock(OutboxStore.class);
    private final List<Object> published = new ArrayList<>();
    private RuntimeException handOffFailure;

    private final ApplicationEventPublisher events = event -> {
        published.add(event);
        if (handOffFailure != null) {
            throw handOffFailure;
        }
    };
    private final MailComposer composer = row -> new Composition.Send(List.of(new OutgoingMail(
            List.of("someone@example.org"), "Subject", "<p>Hello</p>", "Hello", List.of())));
    private final MailTransport refusing = (row, mail) -> {
        throw new MailSendException("refused");
    };
    private final MailWorker worker = new MailWorker(store, composer, refusing, events,
            Clock.fixed(NOW, ZoneOffset.UTC), new MailWorker.Settings(20, MAX_ATTEMPTS, Duration.ofSeconds(30)));

    @Test
    void afterTheLastAttemptTheFailureIsHandedOverFirstAndThenTheRowIsFailed() {
        claimable(MAX_ATTEMPTS);
        when(store.markFailed(messageId, "Attempt 3 failed: MailSendException")).thenReturn(true);

        worker.sendDue();

        assertThat(published).containsExactly(new MailDeliveryFailed(messageId, applicationId, MessageType.REJECTION));
        verify(store).markFailed(messageId, "Attempt 3 failed: MailSendException");
        verify(store, never()).retryAt(any(), any(), anyString());
    }

    @Test
    void whenTheHandOverThrowsTheRowStaysPendingAndIsTriedAgainAfterTheFirstDelay() {
        claimable(MAX_ATTEMPTS);
        handOffFailure = new IllegalStateException("the follow-up process is suspended");

        worker.sendDue();

        assertThat(published).hasSize(1);
        verify(store, never()).markFailed(any(), anyString());
        verify(store).retryAt(messageId, NOW.plusSeconds(30),
                "Attempt 3 failed: MailSendException; follow-up not started: IllegalStateException");
    }

    @Test
    void aRowThatFailedAgainAfterAFailedHandOverIsHandedOverAgain() {
        claimable(MAX_ATTEMPTS + 1);
        when(store.markFailed(messageId, "Attempt 4 failed: MailSendException")).thenReturn(true);

        worker.sendDue();

        InOrder order = inOrder(store);
        order.verify(store).claim(any(), any(), any());
        order.verify(store).markFailed(messageId, "Attempt 4 failed: MailSendException");
        assertThat(published).containsExactly(new MailDeliveryFailed(messageId, applicationId, MessageType.REJECTION));
    }

    @Test
    void anAttemptBeforeTheLastIsRetriedWithoutHandingAnythingOver() {
        claimable(MAX_ATTEMPTS - 1);

        worker.sendDue();

        assertThat(published).isEmpty();
        verify(store).retryAt(messageId, NOW.plusSeconds(60), "Attempt 2 failed: MailSendException");
        verify(store, never()).markFailed(any(), anyString());
    }

    private void claimable(int attempts) {
        when(store.due(NOW, 20)).thenReturn(List.of(messageId));
        when(store.claim(messageId, NOW, NOW.plus(MailWorker.CLAIM_LEASE))).thenReturn(Optional.of(new OutboxRow(
                messageId, applicationId, MessageType.REJECTION, 1, RecipientKind.CANDIDATE, null, attempts)));
    }
}
