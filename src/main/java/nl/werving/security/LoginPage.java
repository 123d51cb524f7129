package nl.werving.security;

import java.util.Locale;
import nl.werving.web.PageTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Werving's login page for staff ({@code GET /login}), in Dutch or English ({@code ?lang=}, otherwise
 * {@code werving.staff-language}); Spring Security's form login checks the posted user name and password.
 */
@Controller
class LoginPage {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final String staffLanguage;

    LoginPage(@Value("${werving.staff-language:en}") String staffLanguage) {
        this.staffLanguage = "nl".equals(staffLanguage) ? "nl" : "en";
        messages.setBasename("security/login");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** The page's texts in one language, for the template: {@code ${t.get('key')}}. */

    @GetMapping("/login")
    String login(@RequestParam(required = false) String lang, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, Model model) {
        String language = "nl".equals(lang) || "en".equals(lang) ? lang : staffLanguage;
        model.addAttribute("lang", language);
        model.addAttribute("t", new PageTexts(messages, Locale.forLanguageTag(language)));
        model.addAttribute("failed", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }
}
