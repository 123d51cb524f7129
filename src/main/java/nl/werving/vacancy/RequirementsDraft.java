package nl.werving.vacancy;

import java.util.List;

/**
 * The whole set of a vacancy's requirements and knock-out questions as HR wants it to be. It replaces the
 * current set. {@code basedOnVersion}, when given, is the version HR edited: if another change came first, the
 * edit is refused instead of silently undoing that change.
 */
public record RequirementsDraft(Integer basedOnVersion, List<RequirementDraft> requirements,
        List<KnockoutQuestionDraft> knockoutQuestions) {
}
