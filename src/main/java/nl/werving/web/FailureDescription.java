package nl.werving.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exception described for operators without personal data: its class, the engine's error code
 * ({@code ENGINE-nnnnn}), the SQL state and the ids (UUIDs) its message named; never the message's text, which may
 * quote a name, an e-mail address, a CV passage or a row the database refused.
 */
public final class FailureDescription {

    private static final int MAX_IDS = 4;
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern ENGINE_CODE = Pattern.compile("\\bENGINE-\\d{5}\\b");
    private static final Pattern SQL_STATE = Pattern.compile("[0-9A-Z]{5}");

    private FailureDescription() {
    }

    /** An exception whose message is already a description without personal data; logs print it as it is. */
    public interface Redacted {
    }

    /** {@code PSQLException [SQL state 23514]}: the simple class name and the safe details. */
    public static String of(Throwable exception) {
        return describe(exception.getClass().getSimpleName(), exception.getMessage(), sqlState(exception));
    }

    /** As {@link #of(Throwable)}, with the class as named here (e.g. fully qualified) and its message. */
    public static String describe(String className, String message, String sqlState) {
        StringBuilder text = new StringBuilder(className);
        List<String> details = new ArrayList<>();
        String safeMessage = message == null ? "" : message;
        Set<String> codes = matches(ENGINE_CODE, safeMessage, 2);
        if (!codes.isEmpty()) {
            details.add("code " + String.join(", ", codes));
        }
        if (sqlState != null && SQL_STATE.matcher(sqlState).matches()) {
            details.add("SQL state " + sqlState);
        }
        Set<String> ids = matches(UUID, safeMessage, MAX_IDS);
        if (!ids.isEmpty()) {
            details.add("ids " + String.join(", ", ids));
        }
        if (!details.isEmpty()) {
            text.append(" [").append(String.join("; ", details)).append(']');
        }
        return text.toString();
    }

    /** The SQL state of an {@link SQLException}, else null. */
    public static String sqlState(Throwable exception) {
        return exception instanceof SQLException sql ? sql.getSQLState() : null;
    }

    private static Set<String> matches(Pattern pattern, String text, int max) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && found.size() < max) {
            found.add(matcher.group());
        }
        return found;
    }
}
