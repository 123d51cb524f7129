package nl.werving.portal.hr;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import nl.werving.web.PageTexts;
import org.springframework.context.MessageSource;

/** The HR pages' texts in one language, for the templates: {@code ${t.get('key')}}. */
public final class HrTexts extends PageTexts {

    HrTexts(MessageSource messages, Locale locale) {
        super(messages, locale);
    }

    /** An amount in euros with two decimals, as written in the page's language (4,200.00 or 4.200,00). */
    public String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
