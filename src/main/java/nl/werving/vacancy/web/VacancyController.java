package nl.werving.vacancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.werving.vacancy.Vacancies;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
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
}
