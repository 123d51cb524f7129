package nl.werving.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.werving.vacancy.RequirementKind;

/**
 * What screening found for one requirement: the requirement as it was checked (label, kind, must-have, weight,
 * minimum years, level), the status, the years found in the dated work history (when years were asked, else
 * {@code null}), the points it added to the score and the CV passages that show it. The evidence is personal data.
 */
public record RequirementResult(UUID requirementId, String label, RequirementKind kind, boolean mustHave, int weight,
        Integer minimumYears, String level, MatchStatus status, BigDecimal yearsFound, BigDecimal contribution,
        List<Evidence> evidence) {

    public RequirementResult {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(contribution, "contribution");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
