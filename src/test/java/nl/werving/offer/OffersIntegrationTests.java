package nl.werving.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.werving.application.ApplicationSubmission;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Storing offers and salary bands. The candidate's answer is covered by unit tests: it is announced to the
 * hiring process, which only expects it once the process waits for it.
 */
@PostgresIntegrationTest
class OffersIntegrationTests {

    private static final LocalDate START = LocalDate.now().plusMonths(2);

    @Autowired
    Offers offers;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private UUID vacancyId;
    private UUID applicationId;

    @BeforeEach
    void setUp() {
        vacancyId = vacancies.publishIfAbsent("Integration test vacancy " + UUID.randomUUID(), "Offer tests").getId();
        applicationId = TestApplications.submit(submission, vacancyId).getId();
    }

    @Test
    void theSalaryBandOfAVacancyIsStored() {
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500.00"), new BigDecimal("4750.50"));

        assertThat(vacancies.findById(vacancyId).orElseThrow().salaryBand())
                .hasValueSatisfying(band -> {
                    assertThat(band.min()).isEqualByComparingTo("3500");
                    assertThat(band.max()).isEqualByComparingTo("4750.50");
                });
        assertThat(jdbc.queryForObject("select salary_max from vacancy where id = ?", BigDecimal.class, vacancyId))
                .isEqualByComparingTo("4750.50");
    }

    @Test
    void aVacancyWithOneEndOfItsBandHasNoBand() {
        vacancies.setSalaryBand(vacancyId, null, new BigDecimal("4750"));

        assertThat(vacancies.findById(vacancyId).orElseThrow().salaryBand()).isEmpty();
        assertThat(vacancies.findById(vacancyId).orElseThrow().getSalaryMax()).isEqualByComparingTo("4750");
    }

    @Test
    void aDraftIsStoredAndComparedWithTheBand() {
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500"), new BigDecimal("4500"));

        OfferDraft draft = offers.draft(applicationId, new BigDecimal("4600.25"), START, "Permanent contract, 36 hours");

        assertThat(draft).isEqualTo(new OfferDraft(draft.offerId(), true, true));
        Map<String, Object> row = jdbc.queryForMap("select * from offer where id = ?", draft.offerId());
        assertThat(row).containsEntry("application_id", applicationId).containsEntry("status", "DRAFT")
                .containsEntry("terms", "Permanent contract, 36 hours");
        assertThat((BigDecimal) row.get("salary")).isEqualByComparingTo("4600.25");
        assertThat(row.get("start_date").toString()).isEqualTo(START.toString());
        assertThat(row.get("drafted_at")).isNotNull();
        assertThat(row.get("sent_at")).isNull();
    }

    @Test
    void withoutABandTheDraftSaysTheBandIsUnknown() {
        OfferDraft draft = offers.draft(applicationId, new BigDecimal("4000"), START, null);

        assertThat(draft.salaryBandKnown()).isFalse();
        assertThat(draft.salaryAboveBand()).isFalse();
    }

    @Test
    void aRedraftChangesTheUnsentDraft() {
        OfferDraft first = offers.draft(applicationId, new BigDecimal("4000"), START, null);

        OfferDraft second = offers.draft(applicationId, new BigDecimal("4200"), START.plusDays(14), "Revised");

        assertThat(second.offerId()).isEqualTo(first.offerId());
        assertThat(jdbc.queryForObject("select count(*) from offer where application_id = ?", Integer.class,
                applicationId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select salary from offer where id = ?", BigDecimal.class, first.offerId()))
                .isEqualByComparingTo("4200");
    }

    @Test
    void sendingMarksTheOfferSent() {
        OfferDraft draft = offers.draft(applicationId, new BigDecimal("4000"), START, null);

        offers.send(applicationId);

        Map<String, Object> row = jdbc.queryForMap("select status, sent_at from offer where id = ?", draft.offerId());
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("sent_at")).isNotNull();
    }

    @Test
    void aNewDraftReplacesASentOffer() {
        OfferDraft sent = offers.draft(applicationId, new BigDecimal("4000"), START, null);
        offers.send(applicationId);

        OfferDraft replacement = offers.draft(applicationId, new BigDecimal("4100"), START, null);

        assertThat(replacement.offerId()).isNotEqualTo(sent.offerId());
        assertThat(jdbc.queryForObject("select status from offer where id = ?", String.class, sent.offerId()))
                .isEqualTo("SUPERSEDED");
        assertThat(jdbc.queryForObject("select status from offer where id = ?", String.class, replacement.offerId()))
                .isEqualTo("DRAFT");
    }

    @Test
    void anInvertedBandIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> vacancies.setSalaryBand(vacancyId, new BigDecimal("5000"), new BigDecimal("4000")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(vacancies.findById(vacancyId).orElseThrow().getSalaryMin()).isNull();
    }
}
