package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import nl.werving.applicant.Language;
import nl.werving.consent.PrivacyNotice;
import nl.werving.consent.PrivacyNotices;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import nl.werving.web.PageTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages about vacancies: the list of open ones, one vacancy, and the full privacy notice. */
@Controller
class VacancyPagesController {

    private final Vacancies vacancies;
    private final PublicVacancies publicVacancies;
    private final PrivacyNotices notices;
    private final PortalPages pages;

    VacancyPagesController(Vacancies vacancies, PublicVacancies publicVacancies, PrivacyNotices notices,
            PortalPages pages) {
        this.vacancies = vacancies;
        this.publicVacancies = publicVacancies;
        this.notices = notices;
        this.pages = pages;
    }

    @GetMapping("/vacancies")
    String list(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            Model model) {
        pages.prepare(model, PortalPages.language(lang, request), "/vacancies", "vacancies.title");
        model.addAttribute("vacancies", publicVacancies.open());
        return "portal/vacancies";
    }

    @GetMapping("/vacancies/{id}")
    String vacancy(@PathVariable String id, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Language language = PortalPages.language(lang, request);
        Optional<Vacancy> vacancy = publicVacancies.find(id);
        if (vacancy.isEmpty()) {
            return problem(PortalProblem.UNKNOWN_VACANCY, language, "/vacancies/" + id, response, model);
        }
        PageTexts t = pages.prepare(model, language, "/vacancies/" + id, null);
        model.addAttribute("title", vacancy.get().getTitle());
        model.addAttribute("vacancy", VacancyDescription.of(vacancy.get(),
                vacancies.requirements(vacancy.get().getId()), t));
        model.addAttribute("open", vacancy.get().isOpen());
        return "portal/vacancy";
    }

    @GetMapping("/privacy")
    String privacy(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "version", required = false) String version, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Language language = PortalPages.language(lang, request);
        Optional<PrivacyNotice> notice = version == null ? Optional.of(notices.current(language.code()))
                : notices.notice(version, language.code());
        if (notice.isEmpty()) {
            return problem(PortalProblem.UNKNOWN_NOTICE, language, "/privacy", response, model);
        }
        pages.prepare(model, language, "/privacy", null);
        model.addAttribute("title", notice.get().title());
        model.addAttribute("notice", notice.get());
        model.addAttribute("noticeParagraphs", PublicVacancies.paragraphs(notice.get().text()));
        return "portal/privacy";
    }

    private String problem(PortalProblem problem, Language language, String path, HttpServletResponse response,
            Model model) {
        return PortalProblem.show(problem, pages, language, path, response, model);
    }
}
