package nl.werving.process.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the connection pool is too small for the job threads. A job thread may hold two connections
 * at once: an erasure deletes the history of the instances it ended in a transaction of its own, right after its own
 * transaction commits and before that connection is given back. With a pool of at most twice the job threads, busy
 * job threads can each hold one connection and wait for a second until they time out (found by the erasure
 * benchmark, docs/benchmarks.md): erasures then fail and leave history behind.
 */
@Component
class ConnectionPoolCheck {

    /** Connections kept for web requests and the mail worker beyond the job threads' two each. */
    static final int SPARE_CONNECTIONS = 4;

    ConnectionPoolCheck(DataSource dataSource, CamundaBpmProperties camunda) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            require(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize(),
                    camunda.getJobExecution().getMaxPoolSize());
        }
    }

    static void require(int poolSize, int jobThreads) {
        int needed = 2 * jobThreads + SPARE_CONNECTIONS;
        if (poolSize < needed) {
            throw new IllegalStateException("The database connection pool (WERVING_DB_POOL_SIZE, " + poolSize
                    + ") must hold at least twice the job threads (WERVING_JOB_THREADS, " + jobThreads + ") plus "
                    + SPARE_CONNECTIONS + ": set it to " + needed + " or more.");
        }
    }
}
