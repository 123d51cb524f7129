package nl.werving.bench;

import java.sql.Connection;

/**
 * Brings PostgreSQL's statistics of a benchmark database up to date (and clears out dead rows), as autovacuum keeps
 * them on a database that has been in use for a while: after the warm-up, and after the benchmark copied or changed
 * many rows in SQL. On a database that began empty a few minutes ago they may still describe nearly empty tables,
 * and then the planner reads whole tables where an index would do (the statistics views showed thousands of full
 * reads of the job or authorization table in some runs and none in others), depending on when autovacuum last
 * looked. Werving's database and each baseline's get the same treatment.
 */
final class PlannerStatistics {

    private PlannerStatistics() {
    }

    static void refresh(Connection sql) {
        Await.number(sql, "vacuum analyze");
    }
}
