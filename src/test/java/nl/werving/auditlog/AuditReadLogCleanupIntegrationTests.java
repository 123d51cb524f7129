package nl.werving.auditlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.UUID;
import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class AuditReadLogCleanupIntegrationTests {

    @Autowired
    AuditReadLogCleanup cleanup;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditReadLog readLog;

    @Test
    void readsOlderThanTheRetentionAreForgottenAndYoungerOnesKept() {
        Instant now = Instant.now();
        UUID beyond = insert(now.minus(Duration.ofDays(2 * 366)));
        UUID within = insert(now.minus(Duration.ofDays(700)));
        UUID today = insert(now);

        assertThat(cleanup.forgetExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select id from audit_read_log where user_id = 'cleanup-test'", UUID.class))
                .containsExactlyInAnyOrder(within, today)
                .doesNotContain(beyond);
    }

    @Test
    void aRetentionOfNothingIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new AuditReadLogCleanup(readLog, Clock.systemUTC(), Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("werving.audit-read-log.retention");
        assertThatThrownBy(() -> new AuditReadLogCleanup(readLog, Clock.systemUTC(), Period.ofMonths(-6)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private UUID insert(Instant readAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into audit_read_log (id, user_id, what, parameters, read_at) "
                + "values (?, 'cleanup-test', 'application-timeline', 'reference=AAAAAAAAAAAAAAAAAAAAAAAA', ?)",
                id, Timestamp.from(readAt));
        return id;
    }
}
