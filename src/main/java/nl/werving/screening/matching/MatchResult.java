package nl.werving.screening.matching;

import java.util.List;

/**
 * The outcome of matching one CV against one version of a vacancy's requirements: one match per requirement (in
 * the vacancy's order), the score (0-100, {@code null} when the vacancy has no weighted requirements), whether a
 * must-have is missing and whether a knock-out answer failed.
 */
public record MatchResult(List<RequirementMatch> matches, Integer score, boolean mustHaveMissing,
        boolean knockoutFailed) {

    public MatchResult {
        matches = List.copyOf(matches);
    }
}
