package nl.werving.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database could not be reached (down, restarting, refusing connections, the pool
 * waiting in vain) from any other: such a request did not happen at all, and is worth sending again shortly.
 */
final class DatabaseUnavailable {

    /** How long a client should wait before sending the request again. */
    static final String RETRY_AFTER_SECONDS = "5";

    /**
     * Hibernate's names for a connection that could not be had, and for a rollback that failed because the
     * connection died under the transaction (the failure that caused the rollback is then lost).
     */
    private static final Set<String> CONNECTION_FAILURES = Set.of("org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.TransactionException");

    /** Causes looked at, so that a cycle of causes cannot keep it going. */
    private static final int MAX_CAUSE_DEPTH = 32;

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof TransactionSystemException
                    || CONNECTION_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now), 53300. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300"));
    }
}
