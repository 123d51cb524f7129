package nl.werving.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import nl.werving.audit.AuditFacts.ReviewedDecision;

/** The oversight calculation: per vacancy, stage and reviewer, from decisions and review task durations. */
final class OversightMetrics {

    /** How long one review took. */
    record ReviewDuration(UUID vacancyId, String stage, String reviewer, Duration duration) {
    }

    private record Key(UUID vacancyId, String stage, String reviewer) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing((Key key) -> Objects.toString(key.vacancyId()))
            .thenComparing(Key::stage).thenComparing(Key::reviewer);

    private OversightMetrics() {
    }

    static List<OversightRow> calculate(List<ReviewedDecision> decisions, List<ReviewDuration> durations,
            long quickReviewSeconds, int minimumReviews) {
        Map<Key, List<ReviewedDecision>> decided = new TreeMap<>(ORDER);
        decisions.forEach(decision -> decided.computeIfAbsent(new Key(decision.vacancyId(), decision.stage(),
                decision.reviewer()), key -> new ArrayList<>()).add(decision));
        Map<Key, List<Duration>> timed = new TreeMap<>(ORDER);
        durations.forEach(duration -> timed.computeIfAbsent(new Key(duration.vacancyId(), duration.stage(),
                duration.reviewer()), key -> new ArrayList<>()).add(duration.duration()));
        Map<Key, Boolean> keys = new TreeMap<>(ORDER);
        decided.keySet().forEach(key -> keys.put(key, true));
        timed.keySet().forEach(key -> keys.put(key, true));
        List<OversightRow> rows = new ArrayList<>();
        for (Key key : keys.keySet()) {
            List<ReviewedDecision> reviews = decided.getOrDefault(key, List.of());
            int withRecommendation = (int) reviews.stream().filter(ReviewedDecision::recommendationShown).count();
            int overridden = (int) reviews.stream().filter(ReviewedDecision::recommendationShown)
                    .filter(ReviewedDecision::override).count();
            List<Duration> times = timed.getOrDefault(key, List.of());
            Double median = median(times);
            Double quickShare = times.isEmpty() ? null
                    : times.stream().filter(time -> time.toMillis() < quickReviewSeconds * 1000).count()
                            / (double) times.size();
            boolean rubberStamping = withRecommendation >= minimumReviews && overridden == 0 && median != null
                    && median < quickReviewSeconds;
            rows.add(new OversightRow(key.vacancyId(), key.stage(), key.reviewer(), reviews.size(), withRecommendation,
                    overridden, withRecommendation == 0 ? null : overridden / (double) withRecommendation, times.size(),
                    median, quickShare, rubberStamping));
        }
        return rows;
    }

    /** The median in seconds (the mean of the two middle values for an even count); null for none. */
    static Double median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Long> millis = durations.stream().map(Duration::toMillis).sorted().toList();
        int middle = millis.size() / 2;
        double value = millis.size() % 2 == 1 ? millis.get(middle) : (millis.get(middle - 1) + millis.get(middle)) / 2.0;
        return value / 1000.0;
    }
}
