package nl.werving.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.werving.audit.OversightMetrics.ReviewDuration;
import nl.werving.auditlog.AuditReadLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human-oversight metrics (AI Act Art. 14 and 26): how often reviewers override automated recommendations and how
 * long they take, per vacancy, stage and reviewer, with a flag for what looks like rubber-stamping. Decisions come
 * from Werving's decision records, review times from the engine's task history (task created to completed).
 */
@Service
@Transactional
public class Oversight {

    public static final String READ = "oversight-metrics";

    private final AuditFacts facts;
    private final EngineAuditHistory engine;
    private final AuditReadLog readLog;
    private final long quickReviewSeconds;
    private final int minimumReviews;
    private final Clock clock;
    private final ZoneId zone;

    Oversight(AuditFacts facts, EngineAuditHistory engine, AuditReadLog readLog,
            @Value("${werving.oversight.quick-review-seconds:60}") long quickReviewSeconds,
            @Value("${werving.oversight.minimum-reviews:10}") int minimumReviews, Clock clock,
            @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.facts = facts;
        this.engine = engine;
        this.readLog = readLog;
        this.quickReviewSeconds = quickReviewSeconds;
        this.minimumReviews = minimumReviews;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The metrics over decisions taken and review tasks completed from {@code from} to {@code to} (inclusive days
     * in Werving's time zone; default the year up to today), optionally of one vacancy.
     *
     * @param thresholdSeconds the quick-review threshold; null for {@code werving.oversight.quick-review-seconds}
     */
    public OversightReport report(UUID vacancyId, LocalDate from, LocalDate to, Long thresholdSeconds, String readBy) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(zone)) : to;
        LocalDate first = from == null ? last.minusYears(1).plusDays(1) : from;
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("'from' must not be after 'to'");
        }
        long threshold = thresholdSeconds == null ? quickReviewSeconds : thresholdSeconds;
        if (threshold <= 0) {
            throw new IllegalArgumentException("'thresholdSeconds' must be positive");
        }
        readLog.record(readBy, READ, "vacancyId=" + vacancyId + ", from=" + first + ", to=" + last
                + ", thresholdSeconds=" + threshold);
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<EngineAuditHistory.ReviewTask> tasks = engine.reviewTasks(start, end);
        Map<String, UUID> vacancies = facts.vacancies(tasks.stream().map(EngineAuditHistory.ReviewTask::reference)
                .filter(Objects::nonNull).distinct().toList());
        List<ReviewDuration> durations = tasks.stream()
                .filter(task -> task.reference() != null && vacancies.containsKey(task.reference()))
                .filter(task -> task.created() != null && task.completed() != null)
                .map(task -> new ReviewDuration(vacancies.get(task.reference()), task.stage(), task.assignee(),
                        Duration.between(task.created(), task.completed())))
                .filter(review -> vacancyId == null || vacancyId.equals(review.vacancyId())).toList();
        return new OversightReport(vacancyId, first, last, threshold, minimumReviews, OversightMetrics.calculate(
                facts.decisionsBetween(vacancyId, start, end), durations, threshold, minimumReviews));
    }
}
