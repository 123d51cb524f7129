package nl.werving.automation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import nl.werving.automation.AutomationSwitches;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** HR's switches for automated recommendations: one for everything, one per vacancy. */
@RestController
@Tag(name = "Automation", description = "Switching automated recommendations off and on (HR)")
class AutomationController {

    private final AutomationSwitches switches;
    private final Vacancies vacancies;

    AutomationController(AutomationSwitches switches, Vacancies vacancies) {
        this.switches = switches;
        this.vacancies = vacancies;
    }

    @GetMapping(path = "/api/automation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the global automation switch")
    AutomationSetting global() {
        return new AutomationSetting(switches.isOnGlobally());
    }

    @PutMapping(path = "/api/automation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Switch automation off or on everywhere",
            description = "Switching off sends every running application to manual review. Vacancy switches keep "
                    + "their own position.")
    @ApiResponse(responseCode = "200", description = "The switch's new position")
    @ApiResponse(responseCode = "400", description = "`enabled` is missing or not a boolean")
    AutomationSetting switchGlobally(@Valid @RequestBody AutomationSetting setting) {
        if (setting.enabled()) {
            switches.switchOnGlobally();
        } else {
            switches.switchOffGlobally();
        }
        return global();
    }

    @GetMapping(path = "/api/vacancies/{vacancyId}/automation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a vacancy's own automation switch",
            description = "Automation is used only when this switch and the global switch are both on.")
    @ApiResponse(responseCode = "200", description = "The vacancy's switch")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    AutomationSetting forVacancy(@PathVariable UUID vacancyId) {
        if (vacancies.findById(vacancyId).isEmpty()) {
            throw new UnknownVacancyException(vacancyId);
        }
        return new AutomationSetting(switches.isOnForVacancy(vacancyId));
    }

    @PutMapping(path = "/api/vacancies/{vacancyId}/automation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Switch automation off or on for one vacancy",
            description = "Switching off sends the vacancy's running applications to manual review.")
    @ApiResponse(responseCode = "200", description = "The vacancy switch's new position")
    @ApiResponse(responseCode = "400", description = "`enabled` is missing or not a boolean")
    @ApiResponse(responseCode = "404", description = "No vacancy has this id")
    AutomationSetting switchForVacancy(@PathVariable UUID vacancyId, @Valid @RequestBody AutomationSetting setting) {
        if (setting.enabled()) {
            switches.switchOn(vacancyId);
        } else {
            switches.switchOff(vacancyId);
        }
        return forVacancy(vacancyId);
    }

    @ExceptionHandler
    ProblemDetail unknownVacancy(UnknownVacancyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no vacancy with this id.");
        problem.setTitle("Unknown vacancy");
        return problem;
    }
}
