package nl.werving.vacancy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** HR's management of vacancies: details, opening and closing, requirements and knock-out questions. */
@RestController
@RequestMapping(path = "/api/vacancies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Vacancy management", description = "Creating vacancies and defining their requirements (HR)")
class HrVacancyController {

    private final Vacancies vacancies;

    HrVacancyController(Vacancies vacancies) {
        this.vacancies = vacancies;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a draft vacancy", description = "The vacancy takes no applications until it is opened.")
    @ApiResponse(responseCode = "201", description = "Created; the body and the Location header give its id")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body; `errors` names each invalid field")
    ResponseEntity<VacancyView> create(@RequestBody VacancyDetailsRequest request) {
        Vacancy vacancy = vacancies.createDraft(request.title(), request.description(), request.salaryMin(),
                request.salaryMax());
        return ResponseEntity.created(URI.create("/api/vacancies/" + vacancy.getId())).body(VacancyView.of(vacancy));
    }

    @GetMapping("/{vacancyId}")
    @Operation(summary = "Read a vacancy, whatever its status, with its current requirements version")
    @ApiResponse(responseCode = "200", description = "The vacancy")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    VacancyView read(@PathVariable UUID vacancyId) {
        return VacancyView.of(vacancies.findById(vacancyId)
                .orElseThrow(() -> new UnknownVacancyException(vacancyId)));
    }

    @PutMapping(path = "/{vacancyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a vacancy's title, description and salary band",
            description = "A salary end left out becomes unknown.")
    @ApiResponse(responseCode = "200", description = "The changed vacancy")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body; `errors` names each invalid field")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    VacancyView describe(@PathVariable UUID vacancyId, @RequestBody VacancyDetailsRequest request) {
        return VacancyView.of(vacancies.describe(vacancyId, request.title(), request.description(),
                request.salaryMin(), request.salaryMax()));
    }

    @PostMapping("/{vacancyId}/open")
    @Operation(summary = "Open a vacancy for applications", description = "Also reopens a closed vacancy.")
    @ApiResponse(responseCode = "200", description = "The vacancy, now open")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    VacancyView open(@PathVariable UUID vacancyId) {
        return VacancyView.of(vacancies.open(vacancyId));
    }

    @PostMapping("/{vacancyId}/close")
    @Operation(summary = "Close a vacancy", description = "It takes no further applications; those received go on.")
    @ApiResponse(responseCode = "200", description = "The vacancy, now closed")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    VacancyView close(@PathVariable UUID vacancyId) {
        return VacancyView.of(vacancies.close(vacancyId));
    }

    @GetMapping("/{vacancyId}/requirements")
    @Operation(summary = "Read a vacancy's current requirements and knock-out questions",
            description = "Version 0 with empty lists while none are defined.")
    @ApiResponse(responseCode = "200", description = "The current version")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    RequirementsDocument requirements(@PathVariable UUID vacancyId) {
        return RequirementsDocument.of(vacancies.requirements(vacancyId));
    }

    @GetMapping("/{vacancyId}/requirements/versions/{version}")
    @Operation(summary = "Read an earlier version of a vacancy's requirements and knock-out questions",
            description = "Versions are kept unchanged, so a screening result can always be explained with the "
                    + "version it names.")
    @ApiResponse(responseCode = "200", description = "That version")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id, or it has no such version")
    RequirementsDocument requirementsVersion(@PathVariable UUID vacancyId, @PathVariable int version) {
        return RequirementsDocument.of(vacancies.requirements(vacancyId, version)
                .orElseThrow(() -> new UnknownVacancyException(vacancyId)));
    }

    @PutMapping(path = "/{vacancyId}/requirements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a vacancy's requirements and knock-out questions",
            description = "Send the whole set. Items with an id keep it; new items get one. Every change makes a new "
                    + "version; earlier versions stay readable. Sending the current set unchanged makes no version.")
    @ApiResponse(responseCode = "200", description = "The set as stored, with its version")
    @ApiResponse(responseCode = "400", description = "Invalid or malformed body; `errors` names each invalid field, "
            + "e.g. requirements[2].weight")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    @ApiResponse(responseCode = "409", description = "`version` is given and another change came first")
    RequirementsDocument changeRequirements(@PathVariable UUID vacancyId, @RequestBody RequirementsDocument document,
            Principal principal) {
        return RequirementsDocument.of(vacancies.changeRequirements(vacancyId, document.toDraft(),
                principal.getName()));
    }
}
