package nl.werving.vacancy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.werving.vacancy.InvalidVacancyException.Problem;

/**
 * What HR may put into a vacancy's requirements and knock-out questions, and how a valid draft becomes the next
 * version. Field names in problems are those of the HTTP API, e.g. {@code requirements[2].weight}.
 */
final class RequirementsRules {

    static final int MAX_REQUIREMENTS = 50;
    static final int MAX_KNOCKOUT_QUESTIONS = 20;
    static final int MAX_LABEL_LENGTH = 200;
    static final int MAX_SYNONYMS = 30;
    static final int MAX_SYNONYM_LENGTH = 100;
    /** The length of the stored synonyms, a JSON array (column vacancy_requirement.synonyms). */
    static final int MAX_STORED_SYNONYMS_LENGTH = 2000;
    static final int MIN_YEARS = 0;
    static final int MAX_YEARS = 50;
    static final int MIN_WEIGHT = 1;
    static final int MAX_WEIGHT = 10;
    static final int MAX_QUESTION_LENGTH = 500;

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

    private RequirementsRules() {
    }

    /** Every problem of the draft, in the order of its fields; empty when it is valid. */
    static List<Problem> check(RequirementsDraft draft, VacancyRequirements current) {
        List<Problem> problems = new ArrayList<>();
        if (draft.requirements() == null) {
            problems.add(new Problem("requirements", "is required (send an empty list for none)"));
        } else {
            if (draft.requirements().size() > MAX_REQUIREMENTS) {
                problems.add(new Problem("requirements", "must have at most " + MAX_REQUIREMENTS + " items"));
            }
            Set<UUID> known = new HashSet<>(current.requirements().stream().map(Requirement::id).toList());
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < draft.requirements().size(); i++) {
                checkRequirement("requirements[" + i + "]", draft.requirements().get(i), known, seen, problems);
            }
        }
        if (draft.knockoutQuestions() == null) {
            problems.add(new Problem("knockoutQuestions", "is required (send an empty list for none)"));
        } else {
            if (draft.knockoutQuestions().size() > MAX_KNOCKOUT_QUESTIONS) {
                problems.add(new Problem("knockoutQuestions",
                        "must have at most " + MAX_KNOCKOUT_QUESTIONS + " items"));
            }
            Set<UUID> known = new HashSet<>(current.knockoutQuestions().stream().map(KnockoutQuestion::id).toList());
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < draft.knockoutQuestions().size(); i++) {
                checkQuestion("knockoutQuestions[" + i + "]", draft.knockoutQuestions().get(i), known, seen,
                        problems);
            }
        }
        return problems;
    }

    /**
     * The requirements the draft describes, as the given version: texts stripped, levels in their canonical form,
     * duplicate synonyms dropped, new items given an id from {@code newIds}. Only for a draft without problems.
     */
    static VacancyRequirements apply(RequirementsDraft draft, int version, Supplier<UUID> newIds) {
        List<Requirement> requirements = draft.requirements().stream()
                .map(item -> new Requirement(item.id() != null ? item.id() : newIds.get(), item.kind(),
                        item.label().strip(), synonyms(item), item.minimumYears(),
                        RequirementLevels.canonical(item.kind(), item.level()).orElse(null),
                        Boolean.TRUE.equals(item.mustHave()), item.weight()))
                .toList();
        List<KnockoutQuestion> questions = draft.knockoutQuestions().stream()
                .map(item -> new KnockoutQuestion(item.id() != null ? item.id() : newIds.get(),
                        item.questionEn().strip(), item.questionNl().strip(), item.requiredAnswer()))
                .toList();
        return new VacancyRequirements(version, requirements, questions);
    }

    /** Stripped, without blanks, without repeats (ignoring case) and without the label itself. */
    static List<String> synonyms(RequirementDraft requirement) {
        if (requirement.synonyms() == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        if (requirement.label() != null) {
            seen.add(requirement.label().strip().toLowerCase(Locale.ROOT));
        }
        List<String> unique = new ArrayList<>();
        for (String synonym : requirement.synonyms()) {
            if (synonym != null && !synonym.isBlank() && seen.add(synonym.strip().toLowerCase(Locale.ROOT))) {
                unique.add(synonym.strip());
            }
        }
        return List.copyOf(unique);
    }

    private static void checkRequirement(String field, RequirementDraft requirement, Set<UUID> known, Set<UUID> seen,
            List<Problem> problems) {
        if (requirement == null) {
            problems.add(new Problem(field, "must not be null"));
            return;
        }
        checkId(field + ".id", requirement.id(), known, seen, "requirement", problems);
        RequirementKind kind = requirement.kind();
        if (kind == null) {
            problems.add(new Problem(field + ".kind", "is required: one of SKILL, EXPERIENCE, LANGUAGE, EDUCATION, "
                    + "CERTIFICATE"));
        }
        checkText(field + ".label", requirement.label(), MAX_LABEL_LENGTH, problems);
        checkSynonyms(field + ".synonyms", requirement, problems);
        checkMinimumYears(field + ".minimumYears", kind, requirement.minimumYears(), problems);
        checkLevel(field + ".level", kind, requirement.level(), problems);
        if (requirement.weight() == null) {
            problems.add(new Problem(field + ".weight", "is required: a number from " + MIN_WEIGHT + " to "
                    + MAX_WEIGHT));
        } else if (requirement.weight() < MIN_WEIGHT || requirement.weight() > MAX_WEIGHT) {
            problems.add(new Problem(field + ".weight", "must be between " + MIN_WEIGHT + " and " + MAX_WEIGHT));
        }
    }

    private static void checkSynonyms(String field, RequirementDraft requirement, List<Problem> problems) {
        List<String> synonyms = requirement.synonyms();
        if (synonyms == null) {
            return;
        }
        if (synonyms.size() > MAX_SYNONYMS) {
            problems.add(new Problem(field, "must have at most " + MAX_SYNONYMS + " items"));
            return;
        }
        boolean valid = true;
        for (int j = 0; j < synonyms.size(); j++) {
            String synonym = synonyms.get(j);
            String synonymField = field + "[" + j + "]";
            if (synonym == null || synonym.isBlank()) {
                problems.add(new Problem(synonymField, "must not be blank"));
                valid = false;
            } else if (synonym.strip().length() > MAX_SYNONYM_LENGTH) {
                problems.add(new Problem(synonymField, "must be at most " + MAX_SYNONYM_LENGTH + " characters"));
                valid = false;
            } else if (CONTROL_CHARACTERS.matcher(synonym).find()) {
                problems.add(new Problem(synonymField, "must not contain control characters"));
                valid = false;
            }
        }
        if (valid && SynonymsJson.write(synonyms(requirement)).length() > MAX_STORED_SYNONYMS_LENGTH) {
            problems.add(new Problem(field, "are too long together: at most about " + MAX_STORED_SYNONYMS_LENGTH
                    + " characters"));
        }
    }

    private static void checkMinimumYears(String field, RequirementKind kind, Integer years, List<Problem> problems) {
        if (years == null) {
            if (kind == RequirementKind.EXPERIENCE) {
                problems.add(new Problem(field, "is required for an EXPERIENCE requirement"));
            }
            return;
        }
        if (kind != null && kind != RequirementKind.SKILL && kind != RequirementKind.EXPERIENCE) {
            problems.add(new Problem(field, "applies only to SKILL and EXPERIENCE requirements"));
        } else if (years < MIN_YEARS || years > MAX_YEARS) {
            problems.add(new Problem(field, "must be between " + MIN_YEARS + " and " + MAX_YEARS));
        }
    }

    private static void checkLevel(String field, RequirementKind kind, String level, List<Problem> problems) {
        if (kind == null) {
            return;
        }
        List<String> levels = RequirementLevels.of(kind);
        boolean blank = level == null || level.isBlank();
        if (levels.isEmpty()) {
            if (!blank) {
                problems.add(new Problem(field, "applies only to LANGUAGE and EDUCATION requirements"));
            }
        } else if (blank) {
            problems.add(new Problem(field, "is required for a " + kind + " requirement: one of "
                    + String.join(", ", levels)));
        } else if (RequirementLevels.canonical(kind, level).isEmpty()) {
            problems.add(new Problem(field, "must be one of " + String.join(", ", levels)));
        }
    }

    private static void checkQuestion(String field, KnockoutQuestionDraft question, Set<UUID> known, Set<UUID> seen,
            List<Problem> problems) {
        if (question == null) {
            problems.add(new Problem(field, "must not be null"));
            return;
        }
        checkId(field + ".id", question.id(), known, seen, "knock-out question", problems);
        checkText(field + ".questionEn", question.questionEn(), MAX_QUESTION_LENGTH, problems);
        checkText(field + ".questionNl", question.questionNl(), MAX_QUESTION_LENGTH, problems);
        if (question.requiredAnswer() == null) {
            problems.add(new Problem(field + ".requiredAnswer", "is required: the answer (true or false) the "
                    + "vacancy needs"));
        }
    }

    private static void checkId(String field, UUID id, Set<UUID> known, Set<UUID> seen, String what,
            List<Problem> problems) {
        if (id == null) {
            return;
        }
        if (!known.contains(id)) {
            problems.add(new Problem(field, "is not a " + what + " of this vacancy; leave it out for a new one"));
        } else if (!seen.add(id)) {
            problems.add(new Problem(field, "appears more than once"));
        }
    }

    private static void checkText(String field, String text, int maxLength, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, "is required"));
        } else if (text.strip().length() > maxLength) {
            problems.add(new Problem(field, "must be at most " + maxLength + " characters"));
        } else if (CONTROL_CHARACTERS.matcher(text).find()) {
            problems.add(new Problem(field, "must not contain control characters"));
        }
    }
}
