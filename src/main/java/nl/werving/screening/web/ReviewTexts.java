package nl.werving.screening.web;

import java.math.BigDecimal;
import java.util.Locale;
import nl.werving.web.PageTexts;
import org.springframework.context.MessageSource;

/** The review pages' texts in the staff language, for the templates: {@code ${t.get('key')}}. */
public final class ReviewTexts extends PageTexts {

    ReviewTexts(MessageSource messages, Locale locale) {
        super(messages, locale);
    }

    /** A number as the language writes it (3.5 or 3,5); a dash for none. */
    public String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace(".",
                lang().equals("nl") ? "," : ".");
    }
}
