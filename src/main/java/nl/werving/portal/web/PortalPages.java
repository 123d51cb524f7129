package nl.werving.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.werving.applicant.Language;
import nl.werving.web.PageTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every portal page shares: its language ({@code ?lang=nl|en}, else the browser's Accept-Language, else
 * Dutch), its texts from {@code portal/messages}, the path the language links point to, and the demo-mode flag.
 */
@Component
class PortalPages {

    private static final List<String> LANGUAGES = List.of("nl", "en");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final boolean demoMode;

    PortalPages(@Value("${werving.demo.enabled:false}") boolean demoMode) {
        this.demoMode = demoMode;
        messages.setBasename("portal/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** The page's language: a valid {@code lang} parameter, else the browser's preference, else Dutch. */
    static Language language(String lang, HttpServletRequest request) {
        if (lang != null && LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            return Language.fromCode(lang);
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(header), LANGUAGES);
                if (best != null) {
                    return Language.fromCode(best);
                }
            } catch (IllegalArgumentException malformed) {
                // An unreadable header counts as none.
            }
        }
        return Language.NL;
    }

    /** Puts the shared attributes on the model and returns the texts, for the page at {@code path}. */
    PageTexts prepare(Model model, Language language, String path, String title) {
        PageTexts t = texts(language);
        model.addAttribute("t", t);
        model.addAttribute("lang", language.code());
        model.addAttribute("path", path);
        model.addAttribute("demoMode", demoMode);
        model.addAttribute("title", title == null ? null : t.get(title));
        return t;
    }

    PageTexts texts(Language language) {
        return new PageTexts(messages, Locale.forLanguageTag(language.code()));
    }

    boolean demoMode() {
        return demoMode;
    }
}
