package nl.werving.fairness;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every read of a report derived from personal data in {@code audit_read_log}: who (user id), what
 * (report name), with which non-personal parameters (vacancy id, dates, months), and when. Nothing about a
 * candidate is written.
 */
@Component
class AuditReads {

    private static final Logger log = LoggerFactory.getLogger(AuditReads.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AuditReads(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    void record(String userId, String what, String parameters) {
        String user = userId == null || userId.isBlank() ? "unknown" : truncate(userId, 64);
        jdbc.update("insert into audit_read_log (id, user_id, what, parameters, read_at) "
                + "values (:id, :user, :what, :parameters, :at)", Map.of("id", UUID.randomUUID(), "user", user,
                        "what", what, "parameters", truncate(parameters, 500), "at", Timestamp.from(clock.instant())));
        log.info("Audit read: {} read {} ({})", user, what, parameters);
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
