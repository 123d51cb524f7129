package nl.werving.notification.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.werving.notification.MailDeliveryFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Sends due outbox messages: claims each row (see {@link OutboxStore}), composes it from current data, hands it to
 * the transport and marks it sent. A failed attempt is retried after {@code firstRetryDelay}, doubling each time.
 * After {@code maxAttempts} {@link MailDeliveryFailed} is published (synchronously: its listeners run before
 * {@code publishEvent} returns), and only when that succeeded is the row marked FAILED. When a listener throws,
 * the failure has not been handed over: the row stays PENDING, is tried again after {@code firstRetryDelay} (one
 * more send attempt) and, failing that, the event is published again. Nothing fails silently; listeners must take a
 * repeated message id as the same failure. Failure reasons and logs carry the message id, type, exception class and
 * the SMTP server's reply code ({@link SmtpReply}) only, never addresses or text: servers quote the recipient's
 * address in their reply.
 */
public class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    /** How long a claimed row is left alone while it is being sent, unless the settings say otherwise. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    private final OutboxStore store;
    private final MailComposer composer;
    private final MailTransport transport;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Settings settings;

    /**
     * How many rows one poll takes, how often a message is tried, the first retry delay, and how long a claimed row
     * is left alone: a node that dies while sending leaves its claimed rows to the other nodes after this lease.
     */
    public record Settings(int batchSize, int maxAttempts, Duration firstRetryDelay, Duration claimLease) {

        public Settings {
            if (batchSize < 1 || maxAttempts < 1 || firstRetryDelay.isNegative() || firstRetryDelay.isZero()
                    || claimLease.isNegative() || claimLease.isZero()) {
                throw new IllegalArgumentException("batch size and attempts must be positive, the delays too");
            }
        }

        /** With the default claim lease of five minutes. */
        public Settings(int batchSize, int maxAttempts, Duration firstRetryDelay) {
            this(batchSize, maxAttempts, firstRetryDelay, CLAIM_LEASE);
        }
    }

    public MailWorker(OutboxStore store, MailComposer composer, MailTransport transport,
            ApplicationEventPublisher events, Clock clock, Settings settings) {
        this.store = store;
        this.composer = composer;
        this.transport = transport;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /** Sends one batch of due messages; returns how many rows this worker claimed. */
    public int sendDue() {
        int claimed = 0;
        for (UUID id : store.due(clock.instant(), settings.batchSize())) {
            Instant now = clock.instant();
            OutboxRow row = store.claim(id, now, now.plus(settings.claimLease())).orElse(null);
            if (row != null) {
                claimed++;
                attempt(row);
            }
        }
        return claimed;
    }

    private void attempt(OutboxRow row) {
        try {
            Composition composition = composer.compose(row);
            if (composition instanceof Composition.Skip skip) {
                store.markSkipped(row.id(), skip.reason());
                log.info("Message {} ({}) skipped: {}", row.id(), row.type(), skip.reason());
                return;
            }
            for (OutgoingMail mail : ((Composition.Send) composition).mails()) {
                transport.send(row, mail);
            }
            store.markSent(row.id(), clock.instant());
            log.info("Message {} ({}) sent", row.id(), row.type());
        } catch (RuntimeException exception) {
            failed(row, exception);
        }
    }

    private void failed(OutboxRow row, RuntimeException exception) {
        String reply = SmtpReply.of(exception).map(code -> ", " + code).orElse("");
        String failure = "Attempt " + row.attempts() + " failed: " + exception.getClass().getSimpleName()
                + (exception.getCause() == null ? "" : " (" + exception.getCause().getClass().getSimpleName() + ")")
                + reply;
        if (row.attempts() >= settings.maxAttempts()) {
            failedForGood(row, failure);
            return;
        }
        Duration delay = settings.firstRetryDelay().multipliedBy(1L << Math.min(row.attempts() - 1, 30));
        store.retryAt(row.id(), clock.instant().plus(delay), failure);
        log.warn("Message {} ({}): attempt {} failed ({}{}), next in {}", row.id(), row.type(), row.attempts(),
                exception.getClass().getSimpleName(), reply, delay);
    }

    private void failedForGood(OutboxRow row, String failure) {
        try {
            events.publishEvent(new MailDeliveryFailed(row.id(), row.applicationId(), row.type()));
        } catch (RuntimeException handOff) {
            Instant next = clock.instant().plus(settings.firstRetryDelay());
            store.retryAt(row.id(), next, failure + "; follow-up not started: " + handOff.getClass().getSimpleName());
            log.error("Message {} ({}) failed for good after {} attempts, but its follow-up could not be started ({});"
                    + " it stays pending and is tried again at {}", row.id(), row.type(), row.attempts(),
                    handOff.getClass().getSimpleName(), next);
            return;
        }
        if (store.markFailed(row.id(), failure)) {
            log.warn("Message {} ({}) failed for good after {} attempts; handed over for follow-up", row.id(),
                    row.type(), row.attempts());
        } else {
            log.warn("Message {} ({}) failed for good, but its row had changed meanwhile and was left as it is",
                    row.id(), row.type());
        }
    }
}
