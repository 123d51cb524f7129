package nl.werving.application;

import java.util.UUID;

/** The vacancy an application names does not exist or is not open. */
public class VacancyNotAcceptingApplicationsException extends RuntimeException {

    private final UUID vacancyId;
    private final boolean exists;

    VacancyNotAcceptingApplicationsException(UUID vacancyId, boolean exists) {
        super(exists ? "Vacancy " + vacancyId + " is not open for applications"
                : "There is no vacancy with id " + vacancyId);
        this.vacancyId = vacancyId;
        this.exists = exists;
    }

    public UUID getVacancyId() {
        return vacancyId;
    }

    /** False when no vacancy has the id, true when it exists but is closed or not yet published. */
    public boolean vacancyExists() {
        return exists;
    }
}
