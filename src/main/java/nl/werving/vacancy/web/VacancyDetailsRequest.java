package nl.werving.vacancy.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The JSON body of {@code POST /api/vacancies} and {@code PUT /api/vacancies/{id}}. */
@Schema(name = "VacancyDetails", description = "What candidates read about a vacancy, and its budgeted salary band")
record VacancyDetailsRequest(
        @Schema(description = "Required, at most 200 characters", example = "Backend developer (Java)")
        String title,
        @Schema(description = "Required, at most 10000 characters")
        String description,
        @Schema(description = "Optional lower end of the gross salary band", example = "4200.00")
        BigDecimal salaryMin,
        @Schema(description = "Optional upper end of the gross salary band", example = "5800.00")
        BigDecimal salaryMax) {
}
