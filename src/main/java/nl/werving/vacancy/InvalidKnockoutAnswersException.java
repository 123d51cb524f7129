package nl.werving.vacancy;

import java.util.List;

/** The knock-out answers given at apply time do not fit the vacancy's questions. */
public class InvalidKnockoutAnswersException extends RuntimeException {

    /** One problem: the field is {@code knockoutAnswers.<questionId>} or {@code knockoutAnswers}. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidKnockoutAnswersException(List<Problem> problems) {
        super("Invalid knock-out answers");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
