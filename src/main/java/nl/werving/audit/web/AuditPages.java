package nl.werving.audit.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every audit page shares: its texts in the staff language ({@code werving.staff-language}, Dutch or English)
 * and the page that explains a refused request (a malformed reference, an unknown application or version).
 */
@Component
class AuditPages {

    static final String TEXTS = "t";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final Locale locale;

    AuditPages(@Value("${werving.staff-language:en}") String staffLanguage) {
        messages.setBasename("audit/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        this.locale = "nl".equalsIgnoreCase(staffLanguage) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }

    AuditTexts texts() {
        return new AuditTexts(messages, locale);
    }

    /** The problem page with this status, a title and an explanation (message keys with arguments). */
    ModelAndView problem(HttpStatus status, String titleKey, String messageKey, Object... arguments) {
        AuditTexts texts = texts();
        return new ModelAndView("audit/problem", Map.of(TEXTS, texts, "title", texts.get(titleKey),
                "message", texts.get(messageKey, arguments)), status);
    }

    /** The page for an application reference that is not 24 characters of the reference alphabet. */
    ModelAndView malformedReference() {
        return problem(HttpStatus.BAD_REQUEST, "problem.malformed.title", "reference.malformed");
    }

    /** The page for a well-formed reference that no application (or erased remains) has. */
    ModelAndView unknownApplication(String reference) {
        return problem(HttpStatus.NOT_FOUND, "problem.unknown.title", "problem.unknown.message", reference);
    }
}
