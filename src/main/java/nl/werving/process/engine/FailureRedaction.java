package nl.werving.process.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.web.FailureDescription;

/**
 * Turns an exception into one that tells an operator what failed without any personal data: every exception of the
 * cause chain as its {@link FailureDescription} (class, engine error code, SQL state, ids), never the message's
 * text, except the message of a {@link PersonalDataFreeFailure}. The stack frames stay (they are code locations).
 */
final class FailureRedaction {

    private static final int MAX_CHAIN = 12;

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
            cause = new RedactedFailure.Cause(FailureDescription.of(chain.get(i)), chain.get(i).getStackTrace(), cause);
        }
        if (failure instanceof PersonalDataFreeFailure) {
            return new RedactedFailure(failure.getMessage(), failure.getStackTrace(), cause);
        }
        List<String> parts = new ArrayList<>();
        chain.forEach(exception -> parts.add(FailureDescription.of(exception)));
        return new RedactedFailure(String.join(" <- ", parts), failure.getStackTrace(), cause);
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
