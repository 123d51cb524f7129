package nl.werving.auditlog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every read of a report or audit record derived from personal data in {@code audit_read_log}: who (user
 * id), what (e.g. {@code fairness-report}, {@code application-timeline}), with which non-personal parameters
 * (vacancy id, dates, an application's pseudonymous reference), and when. Nothing about a candidate is written.
 */
@Component
public class AuditReadLog {

    private static final Logger log = LoggerFactory.getLogger(AuditReadLog.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditReadLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes one row, in the caller's transaction when there is one (so a failed read rolls its log row back with
     * it) and in a transaction of its own otherwise.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String userId, String what, String parameters) {
        String user = userId == null || userId.isBlank() ? "unknown" : truncate(userId, 64);
        jdbc.update("insert into audit_read_log (id, user_id, what, parameters, read_at) "
                + "values (:id, :user, :what, :parameters, :at)", Map.of("id", UUID.randomUUID(), "user", user,
                        "what", truncate(what, 60), "parameters", truncate(parameters, 500),
                        "at", Timestamp.from(clock.instant())));
        log.info("Audit read: {} read {} ({})", user, what, parameters);
    }

    /** Deletes the reads from before {@code cutOff}; returns how many. */
    @Transactional
    public int forgetReadsBefore(Instant cutOff) {
        return jdbc.update("delete from audit_read_log where read_at < :cutOff",
                Map.of("cutOff", Timestamp.from(cutOff)));
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
