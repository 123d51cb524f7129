package nl.werving.portal.hr;

import java.math.BigDecimal;

/**
 * Reads numbers typed into the HR forms. An entry that is not a number becomes a value the owning service refuses
 * as out of range ({@code -1}), so the whole form is refused with every other problem named as well, and the field
 * gets its error next to it; an empty entry is {@code null}.
 */
final class FormNumbers {

    static final int NOT_A_WHOLE_NUMBER = -1;
    static final BigDecimal NOT_AN_AMOUNT = BigDecimal.ONE.negate();

    private FormNumbers() {
    }

    /** An amount such as {@code 4200}, {@code 4200.50} or, with a decimal comma, {@code 4200,50}. */
    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip();
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            return NOT_AN_AMOUNT;
        }
    }

    static Integer wholeNumber(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return NOT_A_WHOLE_NUMBER;
        }
    }
}
