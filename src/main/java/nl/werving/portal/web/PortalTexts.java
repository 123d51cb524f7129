package nl.werving.portal.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The portal's texts in one language, for the templates: {@code ${t.get('key')}}. */
public final class PortalTexts {

    private final MessageSource messages;
    private final Locale locale;

    PortalTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The text for the key, or {@code fallback} when the bundle has none (e.g. a survey value the DPO added). */
    public String getOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    Locale locale() {
        return locale;
    }
}
