package nl.werving.web;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Prints a logged exception's stack trace the way Spring Boot does ({@code %wEx}: on its own lines, causes and
 * suppressed exceptions included), but with each exception's message replaced by its {@link FailureDescription}:
 * exception messages from libraries quote data (a refused row, a refused address, a value that did not parse),
 * and the log must carry no personal data. An exception that is {@link FailureDescription.Redacted} already prints
 * as it is. Registered in {@code logback-spring.xml} as {@code %redactedEx}; its options name loggers left
 * unredacted: Spring Boot's report of a failed start ({@code org.springframework.boot.SpringApplication}), which an
 * operator needs whole and which comes before any request with personal data.
 */
public class RedactedStackTraceConverter extends ThrowableHandlingConverter {

    private final Set<String> unredactedLoggers = new HashSet<>();

    /** The options name loggers whose exceptions keep their messages (start-up failures: no requests yet). */
    @Override
    public void start() {
        List<String> options = getOptionList();
        if (options != null) {
            unredactedLoggers.addAll(options);
        }
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        boolean redact = !unredactedLoggers.contains(event.getLoggerName());
        StringBuilder out = new StringBuilder(CoreConstants.LINE_SEPARATOR);
        append(out, proxy, "", 0, redact, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.append(CoreConstants.LINE_SEPARATOR).toString();
    }

    private static void append(StringBuilder out, IThrowableProxy proxy, String prefix, int indent, boolean redact,
            Set<IThrowableProxy> seen) {
        if (!seen.add(proxy)) {
            out.append("\t".repeat(indent)).append(prefix).append("[circular reference: ")
                    .append(proxy.getClassName()).append(']').append(CoreConstants.LINE_SEPARATOR);
            return;
        }
        String header = redact ? describe(proxy)
                : proxy.getClassName() + (proxy.getMessage() == null ? "" : ": " + proxy.getMessage());
        out.append("\t".repeat(indent)).append(prefix).append(header).append(CoreConstants.LINE_SEPARATOR);
        StackTraceElementProxy[] frames = proxy.getStackTraceElementProxyArray();
        int common = proxy.getCommonFrames();
        for (int i = 0; i < frames.length - common; i++) {
            out.append("\t".repeat(indent + 1)).append(frames[i].getSTEAsString()).append(CoreConstants.LINE_SEPARATOR);
        }
        if (common > 0) {
            out.append("\t".repeat(indent + 1)).append("... ").append(common).append(" common frames omitted")
                    .append(CoreConstants.LINE_SEPARATOR);
        }
        IThrowableProxy[] suppressed = proxy.getSuppressed();
        if (suppressed != null) {
            for (IThrowableProxy each : suppressed) {
                append(out, each, CoreConstants.SUPPRESSED, indent + 1, redact, seen);
            }
        }
        if (proxy.getCause() != null) {
            append(out, proxy.getCause(), CoreConstants.CAUSED_BY, indent, redact, seen);
        }
    }

    private static String describe(IThrowableProxy proxy) {
        Throwable original = proxy instanceof ThrowableProxy real ? real.getThrowable() : null;
        if (original instanceof FailureDescription.Redacted) {
            return original.toString();
        }
        return FailureDescription.describe(proxy.getClassName(), proxy.getMessage(),
                FailureDescription.sqlState(original));
    }
}
