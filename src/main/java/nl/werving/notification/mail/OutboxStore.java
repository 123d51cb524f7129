package nl.werving.notification.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sender's view of the outbox table, in plain SQL that runs on H2 and PostgreSQL. Each statement commits on
 * its own. A row is claimed by a conditional update that moves its next attempt a lease into the future: of two
 * nodes updating the same due row, PostgreSQL (read committed) makes the second re-check the condition after the
 * first commits, so exactly one of them gets the row. A node that dies while sending leaves the row to be tried
 * again when the lease ends.
 */
public class OutboxStore {

    private static final String PENDING = "PENDING";
    private static final int MAX_FAILURE_LENGTH = 200;

    private final JdbcTemplate jdbc;

    public OutboxStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Ids of pending rows whose next attempt is due, oldest first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.queryForList("select id from outbound_message where status = ? and next_attempt_at <= ?"
                + " order by next_attempt_at, created_at fetch first " + Math.max(1, limit) + " rows only",
                UUID.class, PENDING, Timestamp.from(now));
    }

    /** Claims the row for one attempt, or empty when another node claimed it (or it is no longer due). */
    Optional<OutboxRow> claim(UUID id, Instant now, Instant leaseUntil) {
        int updated = jdbc.update("update outbound_message set attempts = attempts + 1, next_attempt_at = ?"
                + " where id = ? and status = ? and next_attempt_at <= ?",
                Timestamp.from(leaseUntil), id, PENDING, Timestamp.from(now));
        if (updated != 1) {
            return Optional.empty();
        }
        return jdbc.query("select id, application_id, type, round, recipient_kind, recipient, attempts"
                + " from outbound_message where id = ?", (rs, rowNum) -> new OutboxRow(
                        rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                        MessageType.valueOf(rs.getString("type")), rs.getInt("round"),
                        RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient"),
                        rs.getInt("attempts")), id).stream().findFirst();
    }

    void markSent(UUID id, Instant at) {
        jdbc.update("update outbound_message set status = 'SENT', sent_at = ?, last_failure = null where id = ?",
                Timestamp.from(at), id);
    }

    void markSkipped(UUID id, String reason) {
        jdbc.update("update outbound_message set status = 'SKIPPED', last_failure = ? where id = ? and status = ?",
                truncate(reason), id, PENDING);
    }

    void retryAt(UUID id, Instant at, String failure) {
        jdbc.update("update outbound_message set next_attempt_at = ?, last_failure = ? where id = ? and status = ?",
                Timestamp.from(at), truncate(failure), id, PENDING);
    }

    /** Marks the row failed for good; true only for the one call that changed it. */
    boolean markFailed(UUID id, String failure) {
        return jdbc.update("update outbound_message set status = 'FAILED', last_failure = ? where id = ? and status = ?",
                truncate(failure), id, PENDING) == 1;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_FAILURE_LENGTH ? text : text.substring(0, MAX_FAILURE_LENGTH);
    }
}
