package nl.werving.fairness;

import java.util.List;

/**
 * The screening score per group: in each {@link GroupRow} {@code applicants} counts the group's scored
 * applications, {@code selected} those scoring above the median of all scored applications, and {@code rate}
 * is the scoring rate.
 *
 * @param scored applications with a screening score
 * @param median the median score of all of them (the mean of the middle two for an even count), null when none
 */
public record ScoringReport(int scored, Double median, List<GroupTable> tables) {

    public ScoringReport {
        tables = List.copyOf(tables);
    }
}
