package nl.werving.portal.hr;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werving.application.ApplicationPipeline;
import nl.werving.automation.AutomationSwitches;
import nl.werving.vacancy.InvalidVacancyException;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * HR's vacancy pages: the list of all vacancies, creating and editing one, opening and closing it, its automation
 * switch and its pipeline. Every change goes through {@link Vacancies} and {@link AutomationSwitches}, as the HR
 * API's do; a refused form is shown again with its entries and an error at each field (422).
 */
@Controller
@RequestMapping("/hr")
class HrVacancyPages {

    /** What a redirect after a change may report on the vacancy page ({@code ?done=}). */
    private static final Set<String> DONE = Set.of("created", "saved", "opened", "closed", "automation-on",
            "automation-off");

    private final Vacancies vacancies;
    private final AutomationSwitches automation;
    private final ApplicationPipeline pipeline;
    private final HrLanguage language;

    HrVacancyPages(Vacancies vacancies, AutomationSwitches automation, ApplicationPipeline pipeline,
            HrLanguage language) {
        this.vacancies = vacancies;
        this.automation = automation;
        this.pipeline = pipeline;
        this.language = language;
    }

    /** A row of the vacancy list. */
    record VacancyRow(Vacancy vacancy, boolean automationOn) {
    }

    @GetMapping({"", "/"})
    String start() {
        return "redirect:/hr/vacancies";
    }

    @GetMapping("/vacancies")
    String list(@RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        language.texts(lang, request, model);
        List<VacancyRow> rows = vacancies.findAll().stream()
                .map(vacancy -> new VacancyRow(vacancy, automation.isOnForVacancy(vacancy.getId())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("automationOnGlobally", automation.isOnGlobally());
        return "hr/vacancies";
    }

    @GetMapping("/vacancies/new")
    String newVacancy(@RequestParam(required = false) String lang, HttpServletRequest request, Model model) {
        language.texts(lang, request, model);
        return form(model, new VacancyForm(), null, FieldProblems.none());
    }

    @PostMapping("/vacancies")
    String create(@ModelAttribute("form") VacancyForm form, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        HrTexts t = language.texts(null, request, model);
        try {
            Vacancy vacancy = vacancies.createDraft(form.getTitle(), form.getDescription(),
                    FormNumbers.amount(form.getSalaryMin()), FormNumbers.amount(form.getSalaryMax()));
            return "redirect:/hr/vacancies/" + vacancy.getId() + "?done=created";
        } catch (InvalidVacancyException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, null, problems(invalid, t));
        }
    }

    @GetMapping("/vacancies/{vacancyId}")
    String show(@PathVariable UUID vacancyId, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String done, HttpServletRequest request, Model model) {
        language.texts(lang, request, model);
        Vacancy vacancy = vacancy(vacancyId);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("requirements", vacancies.requirements(vacancyId));
        model.addAttribute("automationOn", automation.isOnForVacancy(vacancyId));
        model.addAttribute("automationOnGlobally", automation.isOnGlobally());
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "hr/vacancy";
    }

    @GetMapping("/vacancies/{vacancyId}/edit")
    String edit(@PathVariable UUID vacancyId, @RequestParam(required = false) String lang, HttpServletRequest request,
            Model model) {
        language.texts(lang, request, model);
        Vacancy vacancy = vacancy(vacancyId);
        return form(model, VacancyForm.of(vacancy), vacancy, FieldProblems.none());
    }

    @PostMapping("/vacancies/{vacancyId}/edit")
    String update(@PathVariable UUID vacancyId, @ModelAttribute("form") VacancyForm form, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        HrTexts t = language.texts(null, request, model);
        try {
            vacancies.describe(vacancyId, form.getTitle(), form.getDescription(),
                    FormNumbers.amount(form.getSalaryMin()), FormNumbers.amount(form.getSalaryMax()));
            return "redirect:/hr/vacancies/" + vacancyId + "?done=saved";
        } catch (InvalidVacancyException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(model, form, vacancy(vacancyId), problems(invalid, t));
        }
    }

    @PostMapping("/vacancies/{vacancyId}/open")
    String open(@PathVariable UUID vacancyId) {
        vacancies.open(vacancyId);
        return "redirect:/hr/vacancies/" + vacancyId + "?done=opened";
    }

    @PostMapping("/vacancies/{vacancyId}/close")
    String close(@PathVariable UUID vacancyId) {
        vacancies.close(vacancyId);
        return "redirect:/hr/vacancies/" + vacancyId + "?done=closed";
    }

    /** The kill switch: {@code enabled=false} sends the vacancy's running applications to people. */
    @PostMapping("/vacancies/{vacancyId}/automation")
    String switchAutomation(@PathVariable UUID vacancyId, @RequestParam(required = false) String enabled) {
        if ("true".equals(enabled)) {
            automation.switchOn(vacancyId);
            return "redirect:/hr/vacancies/" + vacancyId + "?done=automation-on";
        }
        if ("false".equals(enabled)) {
            automation.switchOff(vacancyId);
            return "redirect:/hr/vacancies/" + vacancyId + "?done=automation-off";
        }
        throw new BadFormException();
    }

    @GetMapping("/vacancies/{vacancyId}/pipeline")
    String pipeline(@PathVariable UUID vacancyId, @RequestParam(required = false) String lang, HttpServletRequest request,
            Model model) {
        language.texts(lang, request, model);
        model.addAttribute("vacancy", vacancy(vacancyId));
        model.addAttribute("pipeline", pipeline.forVacancy(vacancyId));
        return "hr/pipeline";
    }

    private Vacancy vacancy(UUID vacancyId) {
        return vacancies.findById(vacancyId).orElseThrow(() -> new UnknownVacancyException(vacancyId));
    }

    private static String form(Model model, VacancyForm form, Vacancy vacancy, FieldProblems problems) {
        model.addAttribute("form", form);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("errors", problems);
        return "hr/vacancy-form";
    }

    private static FieldProblems problems(InvalidVacancyException invalid, HrTexts t) {
        FieldProblems problems = FieldProblems.none();
        for (InvalidVacancyException.Problem problem : invalid.problems()) {
            problems.add(problem.field(), t.get("error." + problem.field()));
        }
        return problems;
    }
}
