package nl.werving.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings PostgreSQL's statistics of a benchmark database up to date after the warm-up, as autovacuum keeps them on
 * a database that has been in use for a while. On a database that began empty a few minutes ago they may still
 * describe nearly empty tables, and then the planner reads whole tables where an index would do (the statistics
 * views showed thousands of full reads of the job or authorization table in some runs and none in others),
 * depending on when autovacuum last looked. Werving's database and each baseline's get the same treatment.
 */
final class PlannerStatistics {

    private PlannerStatistics() {
    }

    static void refresh(Connection sql) {
        try (Statement statement = sql.createStatement()) {
            statement.execute("vacuum analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("vacuum analyze", e);
        }
    }
}
