package nl.werving.portal.hr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.VacancyRequirements;

/**
 * The requirements editor as HR fills it in: one row per requirement and knock-out question, each with a "remove"
 * box, and a few empty rows to add new ones. {@code version} is the version the editor was opened on. Every entry
 * is kept as typed, so a refused form shows it again unchanged.
 */
public class RequirementsForm {

    /** Empty rows offered for new requirements and new questions. */
    static final int EMPTY_REQUIREMENT_ROWS = 3;
    static final int EMPTY_QUESTION_ROWS = 2;
    /** More rows than the service accepts may come back, never more than this (the binder's limit). */
    static final int MAX_ROWS = 100;

    private String version = "";
    private List<RequirementRow> requirements = new ArrayList<>();
    private List<QuestionRow> questions = new ArrayList<>();

    static RequirementsForm of(VacancyRequirements current) {
        RequirementsForm form = new RequirementsForm();
        form.version = String.valueOf(current.version());
        current.requirements().forEach(requirement -> form.requirements.add(RequirementRow.of(requirement)));
        current.knockoutQuestions().forEach(question -> form.questions.add(QuestionRow.of(question)));
        return form.withEmptyRows();
    }

    /** This form with empty rows to add new items at the end, as many as offered. */
    RequirementsForm withEmptyRows() {
        requirements.removeIf(row -> row == null);
        questions.removeIf(row -> row == null);
        long emptyRequirements = requirements.stream().filter(RequirementRow::isEmpty).count();
        for (long i = emptyRequirements; i < EMPTY_REQUIREMENT_ROWS; i++) {
            requirements.add(new RequirementRow());
        }
        long emptyQuestions = questions.stream().filter(QuestionRow::isEmpty).count();
        for (long i = emptyQuestions; i < EMPTY_QUESTION_ROWS; i++) {
            questions.add(new QuestionRow());
        }
        return this;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public List<RequirementRow> getRequirements() {
        return requirements;
    }

    public void setRequirements(List<RequirementRow> requirements) {
        this.requirements = requirements;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public void setQuestions(List<QuestionRow> questions) {
        this.questions = questions;
    }

    /** One requirement row. */
    public static class RequirementRow {

        private String id = "";
        private String kind = "";
        private String label = "";
        private String synonyms = "";
        private String minimumYears = "";
        private String level = "";
        private boolean mustHave;
        private String weight = "";
        private boolean remove;

        static RequirementRow of(Requirement requirement) {
            RequirementRow row = new RequirementRow();
            row.id = requirement.id().toString();
            row.kind = requirement.kind().name();
            row.label = requirement.label();
            row.synonyms = String.join(", ", requirement.synonyms());
            row.minimumYears = requirement.minimumYears() == null ? "" : requirement.minimumYears().toString();
            row.level = requirement.level() == null ? "" : requirement.level();
            row.mustHave = requirement.mustHave();
            row.weight = String.valueOf(requirement.weight());
            return row;
        }

        /** A new row HR left empty: not a requirement. */
        boolean isEmpty() {
            return blank(id) && blank(kind) && blank(label) && blank(synonyms) && blank(minimumYears) && blank(level)
                    && blank(weight) && !mustHave;
        }

        /** The synonyms typed, separated by commas or line breaks. */
        List<String> synonymList() {
            if (blank(synonyms)) {
                return List.of();
            }
            return Arrays.stream(synonyms.split("[,\\n]")).map(String::strip).filter(synonym -> !synonym.isEmpty())
                    .collect(Collectors.toList());
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getSynonyms() {
            return synonyms;
        }

        public void setSynonyms(String synonyms) {
            this.synonyms = synonyms;
        }

        public String getMinimumYears() {
            return minimumYears;
        }

        public void setMinimumYears(String minimumYears) {
            this.minimumYears = minimumYears;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public boolean isMustHave() {
            return mustHave;
        }

        public void setMustHave(boolean mustHave) {
            this.mustHave = mustHave;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    /** One knock-out question row; {@code requiredAnswer} is {@code true}, {@code false} or empty. */
    public static class QuestionRow {

        private String id = "";
        private String questionEn = "";
        private String questionNl = "";
        private String requiredAnswer = "";
        private boolean remove;

        static QuestionRow of(KnockoutQuestion question) {
            QuestionRow row = new QuestionRow();
            row.id = question.id().toString();
            row.questionEn = question.questionEn();
            row.questionNl = question.questionNl();
            row.requiredAnswer = String.valueOf(question.requiredAnswer());
            return row;
        }

        boolean isEmpty() {
            return blank(id) && blank(questionEn) && blank(questionNl) && blank(requiredAnswer);
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getQuestionEn() {
            return questionEn;
        }

        public void setQuestionEn(String questionEn) {
            this.questionEn = questionEn;
        }

        public String getQuestionNl() {
            return questionNl;
        }

        public void setQuestionNl(String questionNl) {
            this.questionNl = questionNl;
        }

        public String getRequiredAnswer() {
            return requiredAnswer;
        }

        public void setRequiredAnswer(String requiredAnswer) {
            this.requiredAnswer = requiredAnswer;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
