package nl.werving.vacancy;

import java.util.List;
import java.util.UUID;

/**
 * A requirement as HR submits it, before validation: any field may be missing. {@code id} is {@code null} for a
 * new requirement and the existing id for one HR keeps; {@code mustHave} defaults to {@code false}.
 *
 * @see Vacancies#changeRequirements(UUID, RequirementsDraft, String)
 */
public record RequirementDraft(UUID id, RequirementKind kind, String label, List<String> synonyms,
        Integer minimumYears, String level, Boolean mustHave, Integer weight) {
}
