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
 * How many of a vacancy's applications are in each stage, and for how long: counts and durations only, nothing
 * about a person. Running applications are counted by their {@link HiringStage stage} in the hiring process (from
 * {@link HiringStages}), ended ones by how they ended; erased applications count too, by their pseudonymous status.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationPipeline {

    /**
     * One stage ({@link HiringStage} name) or outcome ({@link ApplicationStatus} name) with the number of applications
     * in it and the median and longest number of whole days: in the stage until now, or from applying to the end.
     * Both are zero when {@code count} is zero.
     */
    public record Row(String key, int count, long medianDays, long longestDays) {
    }

    /** The vacancy's pipeline: applications in progress (total and per stage) and those that ended, per outcome. */
    public record Pipeline(int inProgress, List<Row> stages, List<Row> outcomes) {
    }

    private final JdbcClient jdbc;
    private final HiringStages hiringStages;
    private final Clock clock;

    ApplicationPipeline(JdbcClient jdbc, HiringStages hiringStages, Clock clock) {
        this.jdbc = jdbc;
        this.hiringStages = hiringStages;
        this.clock = clock;
    }

    /** Every stage and every outcome, in the order of {@link HiringStage} and {@link ApplicationStatus}. */
    public Pipeline forVacancy(UUID vacancyId) {
        Instant now = clock.instant();
        Map<ApplicationStatus, List<Long>> byStatus = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        jdbc.sql("select status, submitted_at, ended_at from application where vacancy_id = ?")
                .param(vacancyId)
                .query((row, number) -> {
                    Instant submitted = row.getTimestamp("submitted_at").toInstant();
                    Timestamp ended = row.getTimestamp("ended_at");
                    return Map.entry(ApplicationStatus.valueOf(row.getString("status")),
                            days(submitted, ended == null ? now : ended.toInstant()));
                })
                .list()
                .forEach(entry -> byStatus.get(entry.getKey()).add(entry.getValue()));
        Map<HiringStage, List<Long>> byStage = new EnumMap<>(HiringStage.class);
        for (HiringStage stage : HiringStage.values()) {
            byStage.put(stage, new ArrayList<>());
        }
        hiringStages.running(vacancyId).forEach(running -> byStage.get(running.stage())
                .add(days(running.since(), now)));
        List<Row> stages = new ArrayList<>();
        byStage.forEach((stage, days) -> stages.add(row(stage.name(), days)));
        List<Row> outcomes = new ArrayList<>();
        byStatus.forEach((status, days) -> {
            if (status != ApplicationStatus.SUBMITTED) {
                outcomes.add(row(status.name(), days));
            }
        });
        return new Pipeline(byStatus.get(ApplicationStatus.SUBMITTED).size(), stages, outcomes);
    }

    private static long days(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }

    /** The row of the given days: their count, median (of an even count, the mean of the middle two, rounded down) and longest. */
    static Row row(String key, List<Long> days) {
        if (days.isEmpty()) {
            return new Row(key, 0, 0, 0);
        }
        List<Long> sorted = days.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return new Row(key, sorted.size(), median, sorted.get(sorted.size() - 1));
    }
}
