package nl.werving.vacancy.web;

import java.util.UUID;
import nl.werving.vacancy.Vacancy;

/** An open vacancy as the public API shows it. */
record VacancySummary(UUID id, String title, String description) {

    static VacancySummary of(Vacancy vacancy) {
        return new VacancySummary(vacancy.getId(), vacancy.getTitle(), vacancy.getDescription());
    }
}
