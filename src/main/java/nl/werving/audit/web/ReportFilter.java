package nl.werving.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The filter of a report page as typed (vacancy id, first and last day, for oversight the quick-review threshold),
 * parsed, with an error message key per field that is not understood.
 */
final class ReportFilter {

    final String vacancyIdText;
    final String fromText;
    final String toText;
    final String thresholdText;
    final Map<String, String> errors = new LinkedHashMap<>();
    UUID vacancyId;
    LocalDate from;
    LocalDate to;
    Long thresholdSeconds;

    ReportFilter(String vacancyId, String from, String to, String thresholdSeconds) {
        this.vacancyIdText = blankToNull(vacancyId);
        this.fromText = blankToNull(from);
        this.toText = blankToNull(to);
        this.thresholdText = blankToNull(thresholdSeconds);
        if (vacancyIdText != null) {
            try {
                this.vacancyId = UUID.fromString(vacancyIdText);
            } catch (IllegalArgumentException notAnId) {
                errors.put("vacancyId", "filter.vacancy.invalid");
            }
        }
        this.from = date(fromText, "from");
        this.to = date(toText, "to");
        if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
            errors.put("from", "filter.from.after-to");
        }
        if (thresholdText != null) {
            try {
                this.thresholdSeconds = Long.parseLong(thresholdText);
                if (this.thresholdSeconds <= 0) {
                    errors.put("thresholdSeconds", "filter.threshold.invalid");
                }
            } catch (NumberFormatException notANumber) {
                errors.put("thresholdSeconds", "filter.threshold.invalid");
            }
        }
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The values as typed, for the form shown again. */
    Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("vacancyId", vacancyIdText == null ? "" : vacancyIdText);
        typed.put("from", fromText == null ? "" : fromText);
        typed.put("to", toText == null ? "" : toText);
        typed.put("thresholdSeconds", thresholdText == null ? "" : thresholdText);
        return typed;
    }

    private LocalDate date(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            errors.put(field, "filter.date.invalid");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
