package nl.werving.portal.hr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.vacancy.InvalidVacancyException;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;

/**
 * Turns the editor's rows into the draft {@link nl.werving.vacancy.Vacancies#changeRequirements} takes (rows marked
 * "remove" and empty rows left out), and the service's problems back into errors at the rows' inputs.
 */
final class RequirementsEditor {

    private static final Pattern ITEM_FIELD =
            Pattern.compile("(requirements|knockoutQuestions)\\[(\\d+)](?:\\.(\\w+))?.*");

    private final RequirementsForm form;
    /** For each requirement of the draft, the row it came from. */
    private final List<Integer> requirementRows = new ArrayList<>();
    private final List<Integer> questionRows = new ArrayList<>();

    RequirementsEditor(RequirementsForm form) {
        this.form = form;
    }

    /**
     * The draft, based on the version the form was opened on. A value no page offers (an id that is not one, a
     * kind we do not know, a version that is not a number) is a {@link BadFormException}.
     */
    RequirementsDraft draft() {
        List<RequirementDraft> requirements = new ArrayList<>();
        for (int i = 0; i < form.getRequirements().size(); i++) {
            RequirementsForm.RequirementRow row = form.getRequirements().get(i);
            if (row == null || row.isRemove() || row.isEmpty()) {
                continue;
            }
            requirementRows.add(i);
            requirements.add(new RequirementDraft(id(row.getId()), kind(row.getKind()), row.getLabel(),
                    row.synonymList(), FormNumbers.wholeNumber(row.getMinimumYears()),
                    RequirementsForm.blank(row.getLevel()) ? null : row.getLevel(), row.isMustHave(),
                    FormNumbers.wholeNumber(row.getWeight())));
        }
        List<KnockoutQuestionDraft> questions = new ArrayList<>();
        for (int i = 0; i < form.getQuestions().size(); i++) {
            RequirementsForm.QuestionRow row = form.getQuestions().get(i);
            if (row == null || row.isRemove() || row.isEmpty()) {
                continue;
            }
            questionRows.add(i);
            questions.add(new KnockoutQuestionDraft(id(row.getId()), row.getQuestionEn(), row.getQuestionNl(),
                    answer(row.getRequiredAnswer())));
        }
        return new RequirementsDraft(version(form.getVersion()), requirements, questions);
    }

    /** The service's problems as errors at the inputs of the rows they came from; call after {@link #draft()}. */
    FieldProblems problems(InvalidVacancyException invalid, HrTexts t) {
        FieldProblems problems = FieldProblems.none();
        for (InvalidVacancyException.Problem problem : invalid.problems()) {
            Matcher item = ITEM_FIELD.matcher(problem.field());
            if (item.matches()) {
                boolean requirement = item.group(1).equals("requirements");
                int index = Integer.parseInt(item.group(2));
                List<Integer> rows = requirement ? requirementRows : questionRows;
                String field = item.group(3) == null ? "label" : item.group(3);
                if (index < rows.size()) {
                    int row = rows.get(index);
                    String message = t.get("error." + (requirement ? "requirement." : "question.") + field);
                    problems.add((requirement ? "requirements-" : "questions-") + row + "-" + field, message,
                            t.get(requirement ? "errors.in-requirement" : "errors.in-question", row + 1, message));
                }
            } else {
                problems.add(problem.field().equals("requirements") ? "requirements" : "questions",
                        t.get("error." + problem.field()));
            }
        }
        return problems;
    }

    private static UUID id(String text) {
        if (RequirementsForm.blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new BadFormException();
        }
    }

    private static RequirementKind kind(String text) {
        if (RequirementsForm.blank(text)) {
            return null;
        }
        try {
            return RequirementKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadFormException();
        }
    }

    private static Boolean answer(String text) {
        if (RequirementsForm.blank(text)) {
            return null;
        }
        return switch (text.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadFormException();
        };
    }

    private static Integer version(String text) {
        if (RequirementsForm.blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadFormException();
        }
    }
}
