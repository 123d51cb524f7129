package nl.werving.fairness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fairness report over the applications submitted from {@code from} to {@code to} (both inclusive, in
 * Werving's time zone), optionally of one vacancy. Aggregates only; see docs/fairness.md for how to read it.
 *
 * @param applications the applications counted (every one enters screening)
 * @param surveyAnswered of those, how many have any survey answer
 */
public record FairnessReport(Instant generatedAt, UUID vacancyId, LocalDate from, LocalDate to,
        int minimumGroupSize, double fourFifthsThreshold, int applications, int surveyAnswered,
        List<StageReport> stages, ScoringReport scoring) {

    public FairnessReport {
        stages = List.copyOf(stages);
    }
}
