package nl.werving.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTests {

    @Test
    void aPoolThatWaitedInVainMeansTheDatabaseIsUnavailable() {
        assertThat(DatabaseUnavailable.causes(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
    }

    @Test
    void aConnectionCutByTheServerMeansTheDatabaseIsUnavailable() {
        RuntimeException wrapped = new IllegalStateException("query failed",
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(DatabaseUnavailable.causes(wrapped)).isTrue();
        assertThat(DatabaseUnavailable.causes(new SQLException("I/O error", "08006"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOtherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causes(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
