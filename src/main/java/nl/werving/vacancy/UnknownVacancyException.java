package nl.werving.vacancy;

import java.util.UUID;

/** No vacancy has the given id. */
public class UnknownVacancyException extends RuntimeException {

    public UnknownVacancyException(UUID vacancyId) {
        super("There is no vacancy with id " + vacancyId);
    }
}
