package nl.werving.vacancy;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One requirement of a vacancy, as HR defines it. {@code minimumYears} applies to SKILL (years with that skill)
 * and EXPERIENCE (overall); {@code level} to LANGUAGE and EDUCATION. A must-have that is missing always sends
 * the application to a person; {@code weight} (1-10) sets its share of the screening score.
 */
public record Requirement(UUID id, RequirementKind kind, String label, List<String> synonyms, Integer minimumYears,
        String level, boolean mustHave, int weight) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
