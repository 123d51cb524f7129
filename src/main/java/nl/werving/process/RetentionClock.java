package nl.werving.process;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The date arithmetic of the applicant data lifecycle: when a retention period ends, when the renewal of a
 * talent-pool consent is asked, and what is left of both while a legal hold stops the clock. Dates are kept as
 * {@link Date} variables (the timers' {@code timeDate}), remaining times as ISO-8601 durations.
 */
public final class RetentionClock {

    private RetentionClock() {
    }

    /**
     * Adds a period as the decision table gives it: a date-based ISO-8601 period ({@code P28D}, {@code P1Y},
     * counted in UTC) or a time-based duration ({@code PT12H}).
     */
    public static Instant plus(Instant start, String period) {
        try {
            return start.atZone(ZoneOffset.UTC).plus(Period.parse(period)).toInstant();
        } catch (DateTimeParseException notAPeriod) {
            return start.plus(Duration.parse(period));
        }
    }

    /** The moment to ask for renewal: {@link ApplicantDataLifecycle#RENEWAL_REQUEST_BEFORE} before the end, not before the start. */
    public static Instant renewalDue(Instant start, Instant end) {
        Instant renewal = end.minus(ApplicantDataLifecycle.RENEWAL_REQUEST_BEFORE);
        return renewal.isBefore(start) ? start : renewal;
    }

    /** What is left from now until the moment, never negative. */
    public static Duration remaining(Instant now, Instant until) {
        Duration left = Duration.between(now, until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public static Instant instant(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : ((Date) value).toInstant();
    }

    public static void setInstant(VariableScope scope, String name, Instant value) {
        scope.setVariable(name, value == null ? null : Date.from(value));
    }
}
