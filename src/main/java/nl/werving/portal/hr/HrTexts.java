package nl.werving.portal.hr;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The HR pages' texts in one language, for the templates: {@code ${t.get('key')}}. */
public final class HrTexts {

    private final MessageSource messages;
    private final Locale locale;

    HrTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The language code, {@code nl} or {@code en}. */
    public String lang() {
        return locale.getLanguage();
    }
}
