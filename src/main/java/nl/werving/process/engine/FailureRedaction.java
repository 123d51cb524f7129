package nl.werving.process.engine;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an exception into one that tells an operator what failed without any personal data: for every exception of
 * the cause chain its class, the engine's error code ({@code ENGINE-nnnnn}), the SQL state, and the ids (UUIDs) its
 * message named; never the message's text, which may quote a name, an e-mail address, a CV passage or a row the
 * database refused. The stack frames stay (they are code locations).
 */
final class FailureRedaction {

    private static final int MAX_CHAIN = 12;
    private static final int MAX_IDS = 4;
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern ENGINE_CODE = Pattern.compile("\\bENGINE-\\d{5}\\b");
    private static final Pattern SQL_STATE = Pattern.compile("[0-9A-Z]{5}");

    private FailureRedaction() {
    }

    /** The exception to store and log instead of {@code failure}; a redacted one is returned as it is. */
    static RedactedFailure redact(Throwable failure) {
        if (failure instanceof RedactedFailure redacted) {
            return redacted;
        }
        List<Throwable> chain = chain(failure);
        RedactedFailure.Cause cause = null;
        for (int i = chain.size() - 1; i >= 1; i--) {
            cause = new RedactedFailure.Cause(describe(chain.get(i)), chain.get(i).getStackTrace(), cause);
        }
        List<String> parts = new ArrayList<>();
        chain.forEach(exception -> parts.add(describe(exception)));
        return new RedactedFailure(String.join(" <- ", parts), failure.getStackTrace(), cause);
    }

    /** The class name and the safe details of one exception, without its message. */
    static String describe(Throwable exception) {
        StringBuilder text = new StringBuilder(exception.getClass().getSimpleName());
        List<String> details = new ArrayList<>();
        String message = exception.getMessage() == null ? "" : exception.getMessage();
        Set<String> codes = matches(ENGINE_CODE, message, 2);
        if (!codes.isEmpty()) {
            details.add("code " + String.join(", ", codes));
        }
        if (exception instanceof SQLException sql && sql.getSQLState() != null
                && SQL_STATE.matcher(sql.getSQLState()).matches()) {
            details.add("SQL state " + sql.getSQLState());
        }
        Set<String> ids = matches(UUID, message, MAX_IDS);
        if (!ids.isEmpty()) {
            details.add("ids " + String.join(", ", ids));
        }
        if (!details.isEmpty()) {
            text.append(" [").append(String.join("; ", details)).append(']');
        }
        return text.toString();
    }

    private static Set<String> matches(Pattern pattern, String text, int max) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && found.size() < max) {
            found.add(matcher.group());
        }
        return found;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable next = failure; next != null && chain.size() < MAX_CHAIN && seen.put(next, true) == null;
                next = next.getCause()) {
            chain.add(next);
        }
        return chain;
    }
}
