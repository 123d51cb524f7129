package nl.werving.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class OutboxIntegrationTests {

    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void queueingTheSameMessageTwiceKeepsOneRow() {
        UUID application = UUID.randomUUID();

        outbox.toCandidate(application, MessageType.ASSESSMENT_INVITATION, 1);
        outbox.toCandidate(application, MessageType.ASSESSMENT_INVITATION, 1);
        outbox.toStaff(application, MessageType.REVIEW_OVERDUE, 1, "team-leads");
        outbox.toStaff(application, MessageType.REVIEW_OVERDUE, 1, "team-leads");

        assertThat(rows(application)).containsExactlyInAnyOrder(
                Map.of("type", "ASSESSMENT_INVITATION", "round", 1, "recipient_kind", "CANDIDATE", "status", "PENDING"),
                Map.of("type", "REVIEW_OVERDUE", "round", 1, "recipient_kind", "STAFF", "recipient", "team-leads",
                        "status", "PENDING"));
    }

    @Test
    void aSecondCallInOneTransactionIsAlsoANoOp() {
        UUID application = UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            outbox.toCandidate(application, MessageType.OFFER, 1);
            outbox.toCandidate(application, MessageType.OFFER, 1);
        });

        assertThat(rows(application)).hasSize(1);
    }

    @Test
    void anotherRoundTypeOrRecipientIsAnotherMessage() {
        UUID application = UUID.randomUUID();

        outbox.toCandidate(application, MessageType.INTERVIEW_INVITATION, 1);
        outbox.toCandidate(application, MessageType.INTERVIEW_INVITATION, 2);
        outbox.toCandidate(application, MessageType.INTERVIEW_SLOT_PROPOSAL, 1);
        outbox.toStaff(application, MessageType.INTERVIEW_INVITATION, 1, "recruiter");
        outbox.toStaff(application, MessageType.INTERVIEW_INVITATION, 1, "manager");
        outbox.toCandidate(UUID.randomUUID(), MessageType.INTERVIEW_INVITATION, 1);

        assertThat(rows(application)).hasSize(5);
    }

    @Test
    void theUniqueConstraintRefusesADuplicateCandidateMessageThatSlipsPastTheCheck() {
        UUID application = UUID.randomUUID();
        outbox.toCandidate(application, MessageType.WITHDRAWAL_CONFIRMATION, 1);

        assertThatThrownBy(() -> jdbc.update("""
                insert into outbound_message (id, application_id, type, round, recipient_kind, recipient, status,
                    created_at) values (?, ?, 'WITHDRAWAL_CONFIRMATION', 1, 'CANDIDATE', null, 'PENDING', now())""",
                UUID.randomUUID(), application)).isInstanceOf(DuplicateKeyException.class);
        assertThat(rows(application)).hasSize(1);
    }

    @Test
    void ofTwoTransactionsQueueingTheSameMessageAtOnceTheLaterFailsAndOneRowStays() throws Exception {
        UUID application = UUID.randomUUID();
        CountDownLatch firstQueued = new CountDownLatch(1);
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            Future<?> later = second.submit(() -> {
                firstQueued.await();
                transaction.executeWithoutResult(status -> outbox.toCandidate(application, MessageType.OFFER, 1));
                return null;
            });
            transaction.executeWithoutResult(status -> {
                outbox.toCandidate(application, MessageType.OFFER, 1);
                firstQueued.countDown();
                awaitAnInsertWaitingForThisTransaction();
            });

            assertThatThrownBy(() -> later.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(DataIntegrityViolationException.class);
        } finally {
            second.shutdownNow();
        }
        assertThat(rows(application)).hasSize(1);
    }

    @Test
    void aFailedMessageIsQueuedAgainWithItsFullRetriesAndOnlyOnce() {
        UUID application = UUID.randomUUID();
        outbox.toCandidate(application, MessageType.REJECTION, 1);
        UUID message = jdbc.queryForObject("select id from outbound_message where application_id = ?", UUID.class,
                application);
        jdbc.update("update outbound_message set status = 'FAILED', attempts = 6, last_failure = 'Attempt 6 failed:"
                + " MailSendException', next_attempt_at = timestamp '2001-01-01 00:00:00' where id = ?", message);

        outbox.retryFailed(message);

        Map<String, Object> row = jdbc.queryForMap("select status, attempts, next_attempt_at > timestamp '2001-01-01"
                + " 00:00:00' as moved from outbound_message where id = ?", message);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 0).containsEntry("moved", true);
        assertThatThrownBy(() -> outbox.retryFailed(message)).isInstanceOf(MessageNotFailedException.class);
        assertThatThrownBy(() -> outbox.retryFailed(UUID.randomUUID())).isInstanceOf(UnknownMessageException.class);
    }

    /** Waits until another session's merge waits for a lock, as an insert of a row this transaction holds does. */
    private void awaitAnInsertWaitingForThisTransaction() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (mergesWaitingForALock() == 0) {
            assertThat(System.nanoTime()).as("an insert waiting for this transaction").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException exception) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(exception);
            }
        }
    }

    private long mergesWaitingForALock() {
        // A transaction sees the activity statistics as they were when it first read them, unless it clears them.
        jdbc.execute("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock' and query like 'merge into outbound_message%'", Long.class);
    }

    /** The application's messages, each without its id, creation time and null columns. */
    private List<Map<String, Object>> rows(UUID application) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                select type, round, recipient_kind, recipient, status from outbound_message
                where application_id = ?""", application)) {
            Map<String, Object> present = new HashMap<>(row);
            present.values().removeIf(Objects::isNull);
            rows.add(present);
        }
        return rows;
    }
}
