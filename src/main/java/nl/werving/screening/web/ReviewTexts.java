package nl.werving.screening.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The review pages' texts in the staff language, for the templates: {@code ${t.get('key')}}. */
public final class ReviewTexts {

    private final MessageSource messages;
    private final Locale locale;

    ReviewTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** A number as the language writes it (3.5 or 3,5); a dash for none. */
    public String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace(".",
                locale.getLanguage().equals("nl") ? "," : ".");
    }

    /** Yes or no; a dash for none. */
    public String yesNo(Boolean value) {
        return value == null ? "–" : get(value ? "yes" : "no");
    }
}
