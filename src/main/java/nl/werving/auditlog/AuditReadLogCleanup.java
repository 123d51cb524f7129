package nl.werving.auditlog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets reads older than the audit read log's retention ({@code werving.audit-read-log.retention}, an ISO-8601
 * period, two years by default), every night. The log names staff members, so it keeps them no longer than an
 * investigation of a read needs; how long that is, is the DPO's choice.
 */
@Component
class AuditReadLogCleanup {

    private static final Logger log = LoggerFactory.getLogger(AuditReadLogCleanup.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Period retention;

    AuditReadLogCleanup(JdbcTemplate jdbc, Clock clock,
            @Value("${werving.audit-read-log.retention:P2Y}") Period retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("werving.audit-read-log.retention must be a positive period, such as "
                    + "P2Y or P6M; was " + retention);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the reads from before the retention period; returns how many. */
    @Scheduled(cron = "${werving.audit-read-log.cleanup-cron:0 45 3 * * *}")
    @Transactional
    public int forgetExpired() {
        Timestamp cutOff = Timestamp.from(clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant());
        int forgotten = jdbc.update("delete from audit_read_log where read_at < ?", cutOff);
        if (forgotten > 0) {
            log.info("Forgot {} audit log reads older than {}", forgotten, retention);
        }
        return forgotten;
    }
}
