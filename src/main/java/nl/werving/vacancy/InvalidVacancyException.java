package nl.werving.vacancy;

import java.util.List;

/** What HR entered for a vacancy, its details or its requirements, is not valid; names each invalid field. */
public class InvalidVacancyException extends RuntimeException {

    /**
     * One invalid field, named as in the HTTP API: {@code title}, {@code salaryMax}, {@code requirements[2].weight},
     * {@code knockoutQuestions[0].questionNl}. Messages never repeat the rejected value.
     */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidVacancyException(List<Problem> problems) {
        super("Invalid vacancy: " + problems.stream().map(Problem::field).distinct().toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
