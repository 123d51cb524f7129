package nl.werving.process.listener;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Reads values submitted by Camunda Forms, which arrive as strings, numbers or dates depending on the client,
 * and turns unusable input into a message the person completing the task can act on.
 */
final class FormValues {

    private FormValues() {
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    static String requiredText(Object value, String label) {
        String text = text(value);
        if (text == null) {
            throw invalid(label, "is required");
        }
        return text;
    }

    static int integer(Object value, String label) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(requiredText(value, label));
        } catch (NumberFormatException exception) {
            throw invalid(label, "must be a whole number");
        }
    }

    static BigDecimal amount(Object value, String label) {
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(requiredText(value, label));
        } catch (NumberFormatException exception) {
            throw invalid(label, "must be an amount");
        }
    }

    static LocalDate date(Object value, String label) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        try {
            return LocalDate.parse(requiredText(value, label));
        } catch (DateTimeParseException exception) {
            throw invalid(label, "must be a date (yyyy-mm-dd)");
        }
    }

    /** A date-time with offset; a local date-time (as form-js may send it) is taken in the given zone. */
    static OffsetDateTime dateTime(Object value, String label, ZoneId zone) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toOffsetDateTime();
        }
        String text = requiredText(value, label);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException exception) {
                throw invalid(label, "must be a date and time");
            }
        }
    }

    static List<String> list(Object value, String label) {
        return Arrays.stream(requiredText(value, label).split("[,;\\s]+")).filter(item -> !item.isBlank()).toList();
    }

    private static ProcessEngineException invalid(String label, String problem) {
        return new ProcessEngineException(label + " " + problem + ".");
    }
}
