package nl.werving.audit;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An application's timeline as CSV (RFC 4180, CRLF line ends): columns reference, at, source, event, details; the
 * details as {@code name=value} pairs separated by "; ", lists by "|", maps in braces. Every text cell is quoted,
 * and one starting with =, +, - or @ gets a leading apostrophe so a spreadsheet does not run it as a formula.
 */
public final class TimelineCsv {

    static final String HEADER = "reference,at,source,event,details\r\n";

    private TimelineCsv() {
    }

    public static String write(ApplicationTimeline timeline) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (TimelineEntry entry : timeline.entries()) {
            csv.append(String.join(",", quote(timeline.reference()), entry.at() == null ? "" : entry.at().toString(),
                    quote(entry.source()), quote(entry.event()), quote(text(entry.details())))).append("\r\n");
        }
        return csv.toString();
    }

    public static String text(Map<String, Object> details) {
        return details.entrySet().stream().map(detail -> detail.getKey() + "=" + value(detail.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String value(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(TimelineCsv::value).collect(Collectors.joining("|"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + "=" + value(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return String.valueOf(value);
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
