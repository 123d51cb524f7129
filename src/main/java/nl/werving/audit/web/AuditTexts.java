package nl.werving.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.werving.audit.TimelineCsv;
import nl.werving.web.PageTexts;
import org.springframework.context.MessageSource;

/** Texts in one language for the templates: {@code ${t.get('key')}}, numbers in that language's format. */
public final class AuditTexts extends PageTexts {

    AuditTexts(MessageSource messages, Locale locale) {
        super(messages, locale);
    }

    /** A share or ratio with three decimals (e.g. 0.667); a dash for none. */
    public String ratio(Double value) {
        return value == null ? "–" : String.format(locale(), "%.3f", value);
    }

    /** A share as a percentage with one decimal; a dash for none. */
    public String percent(Double value) {
        return value == null ? "–" : String.format(locale(), "%.1f %%", value * 100);
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
