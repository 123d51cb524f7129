package nl.werving.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a database condition, and reading single numbers, for the benchmark's phases. */
final class Await {

    private Await() {
    }

    static void until(String what, Duration patience, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not within " + patience + ": " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A query's single number, or the number of rows an update changed. */
    static long number(Connection sql, String query) {
        try (Statement statement = sql.createStatement()) {
            if (!query.stripLeading().toLowerCase().startsWith("select")
                    && !query.stripLeading().toLowerCase().startsWith("with")) {
                return statement.executeUpdate(query);
            }
            try (ResultSet rows = statement.executeQuery(query)) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    /**
     * Whether {@code count} hiring processes exist and none has engine work left before its first wait: no
     * asynchronous continuation and no message job is pending.
     */
    static boolean allWaiting(Connection sql, int count) {
        return number(sql, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.parent_id_ is null and d.key_ = 'HiringProcess'") >= count
                && number(sql, "select count(*) from act_ru_job where type_ = 'message'") == 0;
    }
}
