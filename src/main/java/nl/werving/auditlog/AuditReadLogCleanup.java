package nl.werving.auditlog;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets reads older than the audit read log's retention ({@code werving.audit-read-log.retention}, an ISO-8601
 * period, two years by default), every night. The log names staff members, so it keeps them no longer than an
 * investigation of a read needs; how long that is, is the DPO's choice.
 */
@Component
class AuditReadLogCleanup {

    private static final Logger log = LoggerFactory.getLogger(AuditReadLogCleanup.class);

    private final AuditReadLog readLog;
    private final Clock clock;
    private final Period retention;

    AuditReadLogCleanup(AuditReadLog readLog, Clock clock,
            @Value("${werving.audit-read-log.retention:P2Y}") Period retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("werving.audit-read-log.retention must be a positive period, such as "
                    + "P2Y or P6M; was " + retention);
        }
        this.readLog = readLog;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the reads from before the retention period; returns how many. */
    @Scheduled(cron = "${werving.audit-read-log.cleanup-cron:0 45 3 * * *}")
    public int forgetExpired() {
        Instant cutOff = clock.instant().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        int forgotten = readLog.forgetReadsBefore(cutOff);
        if (forgotten > 0) {
            log.info("Forgot {} audit log reads older than {}", forgotten, retention);
        }
        return forgotten;
    }
}
