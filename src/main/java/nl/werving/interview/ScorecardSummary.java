package nl.werving.interview;

/**
 * The scorecards of one interview round: how many were submitted and the mean of all their ratings (1 to 5,
 * unrounded; 0 when none was submitted).
 */
public record ScorecardSummary(int count, double average) {
}
