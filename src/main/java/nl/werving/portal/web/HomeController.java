package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: open vacancies, and a plain warning when Werving runs in demo mode. */
@Controller
class HomeController {

    private final PublicVacancies vacancies;
    private final PortalPages pages;

    HomeController(PublicVacancies vacancies, PortalPages pages) {
        this.vacancies = vacancies;
        this.pages = pages;
    }

    @GetMapping("/")
    String home(@RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            Model model) {
        pages.prepare(model, PortalPages.language(lang, request), "/", "home.title");
        model.addAttribute("vacancies", vacancies.open());
        return "index";
    }
}
