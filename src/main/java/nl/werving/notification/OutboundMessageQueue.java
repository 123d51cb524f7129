package nl.werving.notification;

import java.sql.Timestamp;
import java.sql.Types;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a new message to the outbox in the caller's transaction, unless the same message (application, type, round,
 * recipient kind and recipient) is there already, in one statement. Two transactions queueing the same message at
 * once both find none: the unique constraint refuses the later one's row.
 * <p>
 * Plain JDBC rather than a repository query: a JPA query first has Hibernate check every entity of the transaction
 * for changes, and writes them if they touch the table. This statement writes one row of its own, so nothing else
 * of the transaction reaches the database here; a row the database refuses (an applicant's, say) fails at commit,
 * outside the process engine's command, which would log the database's message.
 */
@Component
class OutboundMessageQueue {

    // Standard SQL that PostgreSQL (15+) and H2 both run; "is not distinct from" matches the candidate's messages,
    // whose recipient is null, as the unique constraint (nulls not distinct) does.
    private static final String MERGE = """
            merge into outbound_message m
            using (select 1 as one) s
            on m.application_id = :applicationId and m.type = :type and m.round = :round
                and m.recipient_kind = :recipientKind and m.recipient is not distinct from :recipient
            when not matched then insert
                (id, application_id, type, round, recipient_kind, recipient, status, created_at, attempts,
                 next_attempt_at)
            values (:id, :applicationId, :type, :round, :recipientKind, :recipient, :status, :createdAt, :attempts,
                 :nextAttemptAt)""";

    private final NamedParameterJdbcTemplate jdbc;

    OutboundMessageQueue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void queueIfAbsent(OutboundMessage message) {
        jdbc.update(MERGE, new MapSqlParameterSource()
                .addValue("id", message.getId())
                .addValue("applicationId", message.getApplicationId())
                .addValue("type", message.getType().name())
                .addValue("round", message.getRound())
                .addValue("recipientKind", message.getRecipientKind().name())
                .addValue("recipient", message.getRecipient(), Types.VARCHAR)
                .addValue("status", message.getStatus().name())
                .addValue("createdAt", Timestamp.from(message.getCreatedAt()))
                .addValue("attempts", message.getAttempts())
                .addValue("nextAttemptAt", Timestamp.from(message.getNextAttemptAt())));
    }
}
