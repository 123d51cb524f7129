package nl.werving.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * A PostgreSQL database of its own, beside the one scripts/test.sh gives the tests (same server, same user, which
 * may create databases), for a second Werving that must not share the tests' data. Dropped on close.
 */
public final class ExtraDatabase implements AutoCloseable {

    private static final String OBJECT_IN_USE = "55006";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final Duration DROP_PATIENCE = Duration.ofSeconds(60);

    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final String adminUrl;

    private ExtraDatabase(String adminUrl, String name, String user, String password) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.user = user;
        this.password = password;
        this.url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    /** Creates an empty database named after the purpose and a random suffix. */
    public static ExtraDatabase create(String purpose) {
        String adminUrl = required("WERVING_DB_URL");
        String user = required("WERVING_DB_USER");
        String password = System.getenv().getOrDefault("WERVING_DB_PASSWORD", "");
        String name = "werving_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
        ExtraDatabase database = new ExtraDatabase(stripParameters(adminUrl), name, user, password);
        database.execute("create database " + name + " encoding 'UTF8' template template0");
        return database;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A connection to this database, for the test's own checks. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * An outage, as far as Werving can tell: the database refuses new connections and every open one is cut. The
     * owner may do both, so no superuser is needed. Only the owner's own sessions are ended: PostgreSQL lets no
     * other user end an autovacuum worker, which goes by itself.
     */
    public void cutOff() {
        execute("alter database " + name + " allow_connections false");
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name
                + "' and usename = current_user");
    }

    /** The end of the outage: connections are accepted again. */
    public void restore() {
        execute("alter database " + name + " allow_connections true");
    }

    /**
     * Drops the database, after {@link #cutOff() cutting off} every session still open on it. Not {@code with
     * (force)}: that also tries to end an autovacuum worker working on the database, which only a superuser may. A
     * plain drop tells autovacuum to stop, but waits only five seconds for the sessions to go; a session of a killed
     * node still busy on a loaded machine can outlast that, so the drop is tried again for a while before it counts
     * as failed.
     */
    @Override
    public void close() {
        cutOff();
        String drop = "drop database if exists " + name;
        long deadline = System.nanoTime() + DROP_PATIENCE.toNanos();
        while (true) {
            try {
                run(drop);
                return;
            } catch (SQLException e) {
                if (!OBJECT_IN_USE.equals(e.getSQLState()) || System.nanoTime() > deadline) {
                    throw failure(drop, e);
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dropping " + name, e);
            }
        }
    }

    private void execute(String sql) {
        try {
            run(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private IllegalStateException failure(String sql, SQLException e) {
        String hint = INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())
                ? " (the test database's user must be allowed to create databases)"
                : "";
        return new IllegalStateException("Cannot run '" + sql + "' as " + user + hint + ": " + e.getMessage(), e);
    }

    private static String stripParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run the tests through scripts/test.sh");
        }
        return value;
    }
}
