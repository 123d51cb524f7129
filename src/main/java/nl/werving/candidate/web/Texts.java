package nl.werving.candidate.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The candidate pages' texts in one language, for the templates: {@code ${t.get('key')}}. */
public final class Texts {

    private final MessageSource messages;
    private final Locale locale;

    Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    Locale locale() {
        return locale;
    }
}
