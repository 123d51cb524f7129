package nl.werving.fairness;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a candidate screening decision table would have changed, replayed over the stored decision inputs of the
 * latest screening of each application screened since {@code since}. The screening table acts at the screening
 * stage only, so every number is about that stage.
 *
 * @param currentVersion the deployed table's version replayed as "current"
 * @param replayed screenings replayed
 * @param changed screenings whose recommendation differs between the current table and the candidate
 * @param changes from → to counts of the changed recommendations (a null recommendation: no rule matched)
 * @param storedDiffersFromCurrent screenings whose stored recommendation differs from what the current table
 *        gives now (decided by an older version, or with automation switched off later): a check on the replay
 * @param groups per dimension and intersection, the "recommended advance" rate and impact ratio under both tables
 */
public record DecisionImpact(Instant generatedAt, UUID vacancyId, int months, Instant since, FairnessStage stage,
        Integer currentVersion, int replayed, int changed, List<Change> changes, int storedDiffersFromCurrent,
        int minimumGroupSize, List<ImpactTable> groups) {

    public DecisionImpact {
        changes = List.copyOf(changes);
        groups = List.copyOf(groups);
    }

    public record Change(String from, String to, int count) {
    }

    /**
     * @param unknown replayed screenings whose group is unknown
     * @param currentReference the reference group (highest advance rate) under the current table
     * @param candidateReference the reference group under the candidate
     */
    public record ImpactTable(String dimension, int unknown, String currentReference, String candidateReference,
            List<ImpactRow> groups) {

        public ImpactTable {
            groups = List.copyOf(groups);
        }
    }

    /**
     * One group; suppressed groups show no numbers.
     *
     * @param changed how many of the group's recommendations change
     */
    public record ImpactRow(String group, boolean suppressed, Integer applicants, Integer changed,
            Integer currentAdvance, Integer candidateAdvance, Double currentRate, Double candidateRate,
            Double currentImpactRatio, Double candidateImpactRatio, Boolean currentBelowFourFifths,
            Boolean candidateBelowFourFifths) {
    }
}
