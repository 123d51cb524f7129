package nl.werving.offer;

import java.math.BigDecimal;
import java.util.UUID;
import nl.werving.vacancy.Vacancy;

/**
 * A drafted offer and how its salary compares with the vacancy's band, the inputs of the offer approval
 * decision.
 *
 * @param salaryBandKnown both ends of the vacancy's salary band are set
 * @param salaryAboveBand the salary exceeds the band's upper end
 */
public record OfferDraft(UUID offerId, boolean salaryBandKnown, boolean salaryAboveBand) {

    static OfferDraft of(UUID offerId, BigDecimal salary, Vacancy vacancy) {
        BigDecimal max = vacancy.getSalaryMax();
        return new OfferDraft(offerId, vacancy.salaryBand().isPresent(), max != null && salary.compareTo(max) > 0);
    }
}
