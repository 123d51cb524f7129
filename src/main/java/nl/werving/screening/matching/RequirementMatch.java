package nl.werving.screening.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.werving.screening.Evidence;
import nl.werving.screening.MatchStatus;
import nl.werving.vacancy.RequirementKind;

/**
 * How the CV meets one requirement: its status, the passages that show it, the years found in the dated work history
 * (for requirements with minimum years, else {@code null}) and its contribution to the score, in points out of 100.
 */
public record RequirementMatch(UUID requirementId, String label, RequirementKind kind, MatchStatus status,
        List<Evidence> evidence, BigDecimal yearsFound, BigDecimal contribution) {

    public RequirementMatch {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(status, "status");
        evidence = List.copyOf(evidence);
    }
}
