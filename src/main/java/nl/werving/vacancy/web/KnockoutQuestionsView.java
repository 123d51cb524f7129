package nl.werving.vacancy.web;

import java.util.List;
import java.util.UUID;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.VacancyRequirements;

/**
 * The knock-out questions of an open vacancy, for the candidate portal: each must be answered yes (true) or no
 * (false) in {@code knockoutAnswers} when applying. The answer the vacancy needs is not shown.
 */
record KnockoutQuestionsView(UUID vacancyId, int requirementsVersion, List<Question> questions) {

    record Question(UUID id, String questionEn, String questionNl) {

        static Question of(KnockoutQuestion question) {
            return new Question(question.id(), question.questionEn(), question.questionNl());
        }
    }

    static KnockoutQuestionsView of(UUID vacancyId, VacancyRequirements requirements) {
        return new KnockoutQuestionsView(vacancyId, requirements.version(),
                requirements.knockoutQuestions().stream().map(Question::of).toList());
    }
}
