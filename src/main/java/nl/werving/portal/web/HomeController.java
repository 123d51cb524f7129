package nl.werving.portal.web;

import nl.werving.vacancy.Vacancies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: open vacancies, and a plain warning when Werving runs in demo mode. */
@Controller
class HomeController {

    private final Vacancies vacancies;
    private final boolean demoMode;

    HomeController(Vacancies vacancies, @Value("${werving.demo.enabled:false}") boolean demoMode) {
        this.vacancies = vacancies;
        this.demoMode = demoMode;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("vacancies", vacancies.findOpen());
        model.addAttribute("demoMode", demoMode);
        return "index";
    }
}
