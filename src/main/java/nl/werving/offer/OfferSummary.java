package nl.werving.offer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an approver reads before approving an offer. Personal data: shown only inside the approval task. */
public record OfferSummary(BigDecimal salary, LocalDate startDate, String terms) {

    @Override
    public String toString() {
        return "OfferSummary[redacted]";
    }
}
