package nl.werving.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactedStackTraceConverterTests {

    private static final String ID = "8c91aa4d-22ce-436c-8b9b-0bc0abc6e66b";

    @Test
    void aStackTraceNamesClassesSqlStatesAndIdsButNoMessageText() {
        SQLException database = new SQLException("ERROR: Applicant refused: (" + ID + ",Mara Jansen,mara@example.org)",
                "P0001");
        IllegalStateException failure = new IllegalStateException("Could not store Mara Jansen", database);
        failure.addSuppressed(new RuntimeException("mara@example.org"));

        String trace = converter(List.of()).convert(event("nl.werving.Anything", failure));

        assertThat(trace).doesNotContain("Mara", "mara@example.org", "refused")
                .contains("java.lang.IllegalStateException\n", "Caused by: java.sql.SQLException [SQL state P0001; ids "
                        + ID + "]", "Suppressed: java.lang.RuntimeException",
                        "at nl.werving.web.RedactedStackTraceConverterTests");
    }

    @Test
    void aFailedStartKeepsItsMessage() {
        IllegalStateException failure = new IllegalStateException("Could not resolve placeholder 'WERVING_DB_URL'");

        String trace = converter(List.of("org.springframework.boot.SpringApplication"))
                .convert(event("org.springframework.boot.SpringApplication", failure));

        assertThat(trace).contains("java.lang.IllegalStateException: Could not resolve placeholder 'WERVING_DB_URL'");
    }

    @Test
    void noExceptionNoText() {
        LoggingEvent event = new LoggingEvent("x", new LoggerContext().getLogger("x"), Level.INFO, "fine", null, null);

        assertThat(converter(List.of()).convert(event)).isEmpty();
    }

    private static RedactedStackTraceConverter converter(List<String> options) {
        RedactedStackTraceConverter converter = new RedactedStackTraceConverter();
        converter.setOptionList(options);
        converter.start();
        return converter;
    }

    private static LoggingEvent event(String logger, Throwable failure) {
        return new LoggingEvent("x", new LoggerContext().getLogger(logger), Level.ERROR, "failed", failure, null);
    }
}
