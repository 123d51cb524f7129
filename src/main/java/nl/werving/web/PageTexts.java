package nl.werving.web;

import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * The texts of a server-rendered page in one language, as templates use them: {@code ${t.get('key')}}. Each area of
 * pages (portal, candidate links, HR, audit, review, login) has its own message bundle and may add what only it
 * formats.
 */
public class PageTexts {

    private final MessageSource messages;
    private final Locale locale;

    public PageTexts(MessageSource messages, Locale locale) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** The text for the key, or {@code fallback} when the bundle has none (e.g. a value an administrator added). */
    public String getOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** The language code, {@code nl} or {@code en}. */
    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** Yes or no in the page's language (keys {@code yes} and {@code no}); a dash for none. */
    public String yesNo(Boolean value) {
        return value == null ? "–" : get(value ? "yes" : "no");
    }
}
