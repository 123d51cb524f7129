package nl.werving.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Human-oversight metrics over decisions taken from {@code from} to {@code to} (inclusive days). */
public record OversightReport(UUID vacancyId, LocalDate from, LocalDate to, long quickReviewSeconds,
        int minimumReviews, List<OversightRow> rows) {
}
