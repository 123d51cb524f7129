package nl.werving.process.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Werving's indexes on the engine's tables, as Flyway migrations in {@code db/engine/postgresql} with their own
 * history table ({@code flyway_engine_history}). Werving's own migrations must run before the engine (which then
 * creates its tables), so these run once the engine is up: the bean depends on the {@link ProcessEngine}. Only on
 * PostgreSQL; H2 serves local trials and engine-only tests, where the tables stay small.
 */
@Component
class EngineIndexMigrations {

    static final String LOCATION = "classpath:db/engine/postgresql";
    static final String HISTORY_TABLE = "flyway_engine_history";

    private static final Logger log = LoggerFactory.getLogger(EngineIndexMigrations.class);

    EngineIndexMigrations(DataSource dataSource, ProcessEngine engine) throws SQLException {
        if (!isPostgres(dataSource)) {
            return;
        }
        int applied = Flyway.configure().dataSource(dataSource).locations(LOCATION).table(HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate().migrationsExecuted;
        if (applied > 0) {
            log.info("Applied {} migration(s) of indexes on the engine's tables for engine {}", applied,
                    engine.getName());
        }
    }

    private static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        }
    }
}
