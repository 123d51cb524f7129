package nl.werving.vacancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/vacancies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Vacancies", description = "Open positions (public)")
class VacancyController {

    private final Vacancies vacancies;

    VacancyController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @GetMapping
    @Operation(summary = "List the vacancies that currently accept applications")
    List<VacancySummary> listOpen() {
        return vacancies.findOpen().stream().map(VacancySummary::of).toList();
    }

    @GetMapping("/{vacancyId}/knockout-questions")
    @Operation(summary = "List the knock-out questions to answer when applying for an open vacancy",
            description = "Every question must be answered in `knockoutAnswers` of POST /api/applications, with its "
                    + "id as key and true (yes) or false (no) as value.")
    @ApiResponse(responseCode = "200", description = "The questions, possibly none")
    @ApiResponse(responseCode = "404", description = "No open vacancy has this id")
    KnockoutQuestionsView knockoutQuestions(@PathVariable UUID vacancyId) {
        vacancies.findById(vacancyId).filter(Vacancy::isOpen)
                .orElseThrow(() -> new UnknownVacancyException(vacancyId));
        return KnockoutQuestionsView.of(vacancyId, vacancies.requirements(vacancyId));
    }
}
