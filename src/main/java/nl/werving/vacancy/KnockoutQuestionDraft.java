package nl.werving.vacancy;

import java.util.UUID;

/**
 * A knock-out question as HR submits it, before validation. {@code id} is {@code null} for a new question and the
 * existing id for one HR keeps.
 *
 * @see Vacancies#changeRequirements(UUID, RequirementsDraft, String)
 */
public record KnockoutQuestionDraft(UUID id, String questionEn, String questionNl, Boolean requiredAnswer) {
}
