package nl.werving.fairness;

/**
 * One group in a {@link GroupTable}. A suppressed group (fewer applicants than the minimum group size) shows no
 * numbers. Rates and ratios are unrounded; the ratio is null when the group is suppressed or no reference group
 * could be chosen.
 *
 * @param applicants the group's applicants counted in the table (for scores: those with a score)
 * @param selected how many of them were selected (for scores: scored above the overall median)
 * @param rate selected ÷ applicants
 * @param impactRatio rate ÷ the reference group's rate
 * @param belowFourFifths whether the impact ratio is below 0.8 (evidence of adverse impact, not proof)
 */
public record GroupRow(String group, boolean suppressed, Integer applicants, Integer selected, Double rate,
        Double impactRatio, Boolean belowFourFifths) {

    static GroupRow suppressed(String group) {
        return new GroupRow(group, true, null, null, null, null, null);
    }
}
