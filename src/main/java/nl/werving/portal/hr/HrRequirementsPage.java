package nl.werving.portal.hr;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.UUID;
import nl.werving.vacancy.InvalidVacancyException;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementLevels;
import nl.werving.vacancy.RequirementsVersionConflictException;
import nl.werving.vacancy.UnknownVacancyException;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import nl.werving.vacancy.VacancyRequirements;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor of a vacancy's requirements and knock-out questions. Saving replaces the whole set through
 * {@link Vacancies#changeRequirements}, which makes a new version; the form carries the version it was opened on,
 * so an edit made meanwhile by someone else is not silently undone (409, the entries kept). A refused set is shown
 * again with an error at each field (422).
 */
@Controller
@RequestMapping("/hr/vacancies/{vacancyId}/requirements")
class HrRequirementsPage {

    private final Vacancies vacancies;
    private final HrLanguage language;

    HrRequirementsPage(Vacancies vacancies, HrLanguage language) {
        this.vacancies = vacancies;
        this.language = language;
    }

    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(RequirementsForm.MAX_ROWS);
    }

    @GetMapping
    String edit(@PathVariable UUID vacancyId, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String done, HttpServletRequest request, Model model) {
        language.texts(lang, request, model);
        Vacancy vacancy = vacancy(vacancyId);
        model.addAttribute("saved", "saved".equals(done));
        return page(model, vacancy, RequirementsForm.of(vacancies.requirements(vacancyId)), FieldProblems.none());
    }

    @PostMapping
    String save(@PathVariable UUID vacancyId, @ModelAttribute("form") RequirementsForm form, HttpServletRequest request,
            Principal principal, HttpServletResponse response, Model model) {
        HrTexts t = language.texts(null, request, model);
        Vacancy vacancy = vacancy(vacancyId);
        RequirementsEditor editor = new RequirementsEditor(form);
        try {
            vacancies.changeRequirements(vacancyId, editor.draft(), principal.getName());
            return "redirect:/hr/vacancies/" + vacancyId + "/requirements?done=saved";
        } catch (InvalidVacancyException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, vacancy, form.withEmptyRows(), editor.problems(invalid, t));
        } catch (RequirementsVersionConflictException conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", t.get("requirements.conflict", conflict.basedOnVersion(),
                    conflict.currentVersion()));
            // Saving again applies these entries to the version that is current now.
            form.setVersion(String.valueOf(conflict.currentVersion()));
            return page(model, vacancy, form.withEmptyRows(), FieldProblems.none());
        }
    }

    private Vacancy vacancy(UUID vacancyId) {
        return vacancies.findById(vacancyId).orElseThrow(() -> new UnknownVacancyException(vacancyId));
    }

    private String page(Model model, Vacancy vacancy, RequirementsForm form, FieldProblems problems) {
        VacancyRequirements current = vacancies.requirements(vacancy.getId());
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("currentVersion", current.version());
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("kinds", RequirementKind.values());
        model.addAttribute("languageLevels", RequirementLevels.LANGUAGE);
        model.addAttribute("educationLevels", RequirementLevels.EDUCATION);
        return "hr/requirements";
    }
}
