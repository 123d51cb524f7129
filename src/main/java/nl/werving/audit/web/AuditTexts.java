package nl.werving.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werving.audit.TimelineCsv;
import org.springframework.context.MessageSource;

/** Texts in one language for the templates: {@code ${t.get('key')}}, numbers in that language's format. */
public final class AuditTexts {

    private final MessageSource messages;
    private final Locale locale;

    AuditTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** A share or ratio with three decimals (e.g. 0.667); a dash for none. */
    public String ratio(Double value) {
        return value == null ? "–" : String.format(locale, "%.3f", value);
    }

    /** A share as a percentage with one decimal; a dash for none. */
    public String percent(Double value) {
        return value == null ? "–" : String.format(locale, "%.1f %%", value * 100);
    }

    /** Yes or no in the page's language; a dash for none. */
    public String yesNo(Boolean value) {
        return value == null ? "–" : get(value ? "yes" : "no");
    }

    /** Names and values as one line ({@code name=value; ...}); empty for none. */
    public String line(Map<String, Object> values) {
        return values == null ? "" : TimelineCsv.text(values);
    }

    /** Values joined by commas; empty for none. */
    public String list(List<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
