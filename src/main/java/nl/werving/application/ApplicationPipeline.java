package nl.werving.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many of a vacancy's applications are in each {@link ApplicationStatus status}, and for how long: counts and
 * durations only, nothing about a person. Erased applications count too, by their pseudonymous status.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationPipeline {

    /**
     * One status of a vacancy's applications. For applications in progress the days run from submission until now;
     * for ended ones from submission until the end. Both are zero when {@code count} is zero.
     */
    public record Stage(ApplicationStatus status, int count, long medianDays, long longestDays) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ApplicationPipeline(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every status, in the order of {@link ApplicationStatus}, with the vacancy's applications in it. */
    public List<Stage> forVacancy(UUID vacancyId) {
        Instant now = clock.instant();
        Map<ApplicationStatus, List<Long>> days = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            days.put(status, new ArrayList<>());
        }
        jdbc.sql("select status, submitted_at, ended_at from application where vacancy_id = ?")
                .param(vacancyId)
                .query((row, number) -> {
                    Instant submitted = row.getTimestamp("submitted_at").toInstant();
                    Timestamp ended = row.getTimestamp("ended_at");
                    Instant until = ended == null ? now : ended.toInstant();
                    return Map.entry(ApplicationStatus.valueOf(row.getString("status")),
                            Math.max(0, Duration.between(submitted, until).toDays()));
                })
                .list()
                .forEach(entry -> days.get(entry.getKey()).add(entry.getValue()));
        List<Stage> stages = new ArrayList<>();
        days.forEach((status, values) -> stages.add(stage(status, values)));
        return stages;
    }

    private static Stage stage(ApplicationStatus status, List<Long> days) {
        if (days.isEmpty()) {
            return new Stage(status, 0, 0, 0);
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return new Stage(status, sorted.size(), median, sorted.get(sorted.size() - 1));
    }
}
