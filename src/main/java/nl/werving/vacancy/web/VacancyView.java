package nl.werving.vacancy.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyStatus;

/** A vacancy as HR sees it. */
record VacancyView(UUID id, String title, String description, VacancyStatus status, BigDecimal salaryMin,
        BigDecimal salaryMax, Instant createdAt, int requirementsVersion) {

    static VacancyView of(Vacancy vacancy) {
        return new VacancyView(vacancy.getId(), vacancy.getTitle(), vacancy.getDescription(), vacancy.getStatus(),
                vacancy.getSalaryMin(), vacancy.getSalaryMax(), vacancy.getCreatedAt(),
                vacancy.getRequirementsVersion());
    }
}
