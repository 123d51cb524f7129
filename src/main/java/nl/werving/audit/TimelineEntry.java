package nl.werving.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event in an application's timeline.
 *
 * @param source where it comes from: {@code APPLICATION}, {@code PROCESS}, {@code TASK}, {@code DECISION},
 * {@code MAIL}, {@code CONSENT}, {@code DATA_REQUEST} or {@code ERASURE}
 * @param event what happened, e.g. {@code task-completed}, {@code mail-sent}
 * @param details non-personal particulars (ids, keys, versions, staff ids, types, statuses); a human decision's
 * reason is the one exception, shown to auditors until erasure removes it
 */
public record TimelineEntry(Instant at, String source, String event, Map<String, Object> details) {
}
