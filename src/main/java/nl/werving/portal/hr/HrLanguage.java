package nl.werving.portal.hr;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The language of the HR pages: {@code werving.staff-language} unless the user chose another with {@code ?lang=nl}
 * or {@code ?lang=en}, which is kept for the rest of the session. Texts come from {@code hr/messages}.
 */
@Component
class HrLanguage {

    private static final String SESSION_ATTRIBUTE = HrLanguage.class.getName();

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final String staffLanguage;

    HrLanguage(@Value("${werving.staff-language:en}") String staffLanguage) {
        this.staffLanguage = supported(staffLanguage) ? staffLanguage : "en";
        messages.setBasename("hr/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /**
     * Puts the texts ({@code t}), the language code ({@code lang}) and the page's path ({@code here}, for the
     * language links) into the model and returns the texts.
     */
    HrTexts texts(String requested, HttpServletRequest request, Model model) {
        HttpSession session = request.getSession();
        String language;
        if (supported(requested)) {
            language = requested;
            session.setAttribute(SESSION_ATTRIBUTE, requested);
        } else if (session.getAttribute(SESSION_ATTRIBUTE) instanceof String chosen) {
            language = chosen;
        } else {
            language = staffLanguage;
        }
        HrTexts texts = new HrTexts(messages, Locale.forLanguageTag(language));
        model.addAttribute("t", texts);
        model.addAttribute("lang", language);
        model.addAttribute("here", request.getRequestURI().substring(request.getContextPath().length()));
        return texts;
    }

    private static boolean supported(String language) {
        return "nl".equals(language) || "en".equals(language);
    }
}
