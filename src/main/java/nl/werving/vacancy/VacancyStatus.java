package nl.werving.vacancy;

/** Where a vacancy is in its life: only open vacancies take applications. */
public enum VacancyStatus {
    DRAFT,
    OPEN,
    CLOSED
}
