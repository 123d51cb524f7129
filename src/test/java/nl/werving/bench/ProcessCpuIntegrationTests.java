package nl.werving.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class ProcessCpuIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theWorkOfAQueryIsSeenInPostgresqlsCpu() {
        ProcessCpu cpu = ProcessCpu.onThisMachine();
        assumeTrue(cpu != null && !Double.isNaN(cpu.postgresMillis()), "PostgreSQL runs on this machine");
        double before = cpu.postgresMillis();

        Long sum = jdbc.queryForObject("select sum(i::bigint * i % 7) from generate_series(1, 5000000) as i",
                Long.class);

        assertThat(sum).isPositive();
        assertThat(cpu.postgresMillis() - before).isGreaterThanOrEqualTo(100);
    }
}
