package nl.werving.portal.hr;

import java.math.BigDecimal;
import java.text.NumberFormat;
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

    /** An amount in euros with two decimals, as written in the page's language (4,200.00 or 4.200,00). */
    public String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** The language code, {@code nl} or {@code en}. */
    public String lang() {
        return locale.getLanguage();
    }
}
