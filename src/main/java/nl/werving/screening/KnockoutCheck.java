package nl.werving.screening;

import java.util.Objects;
import java.util.UUID;

/** A knock-out question as asked, the answer it requires and the candidate's answer ({@code null}: not answered). */
public record KnockoutCheck(UUID questionId, String questionEn, String questionNl, boolean requiredAnswer,
        Boolean answer) {

    public KnockoutCheck {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(questionEn, "questionEn");
        Objects.requireNonNull(questionNl, "questionNl");
    }

    /** The answer is missing or differs from the required answer. */
    public boolean failed() {
        return answer == null || answer != requiredAnswer;
    }
}
