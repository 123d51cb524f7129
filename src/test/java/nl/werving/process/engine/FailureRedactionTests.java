package nl.werving.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailureRedactionTests {

    private static final String ID = "5f008530-989e-43c7-bdd9-35242ef4c5ca";

    @Test
    void keepsClassesCodesSqlStatesAndIdsButNoMessageText() {
        SQLException database = new SQLException("ERROR: Evidence refused: Mara Jansen, mara@example.org", "P0001");
        IllegalStateException failure = new IllegalStateException("ENGINE-03004 Screening of " + ID
                + " for mara@example.org failed", new RuntimeException("Mara Jansen", database));

        RedactedFailure redacted = FailureRedaction.redact(failure);

        assertThat(redacted.getMessage()).isEqualTo("IllegalStateException [code ENGINE-03004; ids " + ID
                + "] <- RuntimeException <- SQLException [SQL state P0001]");
        StringWriter trace = new StringWriter();
        redacted.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("Mara", "mara@example.org", "Evidence refused")
                .contains("Caused by: SQLException [SQL state P0001]",
                        "at nl.werving.process.engine.FailureRedactionTests");
        assertThat(FailureRedaction.redact(redacted)).isSameAs(redacted);
    }

    @Test
    void aMessageWervingWroteFromReferencesStaysButItsCausesAreRedacted() {
        RuntimeException failure = new NotDeliverable("Application 0123456789ABCDEFGHJKMNPQRS cannot take it now",
                new IllegalStateException("Mara Jansen"));

        RedactedFailure redacted = FailureRedaction.redact(failure);

        assertThat(redacted.getMessage()).isEqualTo("Application 0123456789ABCDEFGHJKMNPQRS cannot take it now");
        StringWriter trace = new StringWriter();
        redacted.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("Mara").contains("Caused by: IllegalStateException");
    }

    private static final class NotDeliverable extends RuntimeException implements PersonalDataFreeFailure {

        NotDeliverable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("mara@example.org");
        IllegalStateException second = new IllegalStateException("Mara", first);
        first.initCause(second);

        assertThat(FailureRedaction.redact(first).getMessage())
                .isEqualTo("RuntimeException <- IllegalStateException");
    }
}
