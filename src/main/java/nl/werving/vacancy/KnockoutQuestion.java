package nl.werving.vacancy;

import java.util.Objects;
import java.util.UUID;

/**
 * A yes/no question asked at apply time (work permit, availability, required licence). An answer other than
 * {@code requiredAnswer} is a failed knock-out: a recommendation to a person, never a rejection by itself.
 */
public record KnockoutQuestion(UUID id, String questionEn, String questionNl, boolean requiredAnswer) {

    public KnockoutQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(questionEn, "questionEn");
        Objects.requireNonNull(questionNl, "questionNl");
    }
}
