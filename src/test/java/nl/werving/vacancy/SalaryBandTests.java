package nl.werving.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SalaryBandTests {

    private static final SalaryBand BAND = new SalaryBand(new BigDecimal("3500.00"), new BigDecimal("4500.00"));

    @Test
    void aSalaryAboveTheUpperEndExceedsTheBand() {
        assertThat(BAND.isExceededBy(new BigDecimal("4500.01"))).isTrue();
    }

    @Test
    void theUpperEndItselfIsInsideTheBandWhateverItsScale() {
        assertThat(BAND.isExceededBy(new BigDecimal("4500"))).isFalse();
        assertThat(BAND.isExceededBy(new BigDecimal("4500.000"))).isFalse();
    }

    @Test
    void aSalaryBelowTheLowerEndDoesNotExceedTheBand() {
        assertThat(BAND.isExceededBy(new BigDecimal("1000"))).isFalse();
    }

    @Test
    void aBandWhoseLowerEndExceedsItsUpperEndIsRefused() {
        assertThatThrownBy(() -> new SalaryBand(new BigDecimal("5000"), new BigDecimal("4000")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVacancyHasABandOnlyWhenBothEndsAreKnown() {
        Vacancy vacancy = Vacancy.draft("Title", "Description", Instant.now());
        assertThat(vacancy.salaryBand()).isEmpty();

        vacancy.changeSalaryBand(null, new BigDecimal("4500"));
        assertThat(vacancy.salaryBand()).isEmpty();

        vacancy.changeSalaryBand(new BigDecimal("3500"), new BigDecimal("4500"));
        assertThat(vacancy.salaryBand()).contains(new SalaryBand(new BigDecimal("3500"), new BigDecimal("4500")));

        vacancy.changeSalaryBand(null, null);
        assertThat(vacancy.salaryBand()).isEmpty();
    }

    @Test
    void aVacancyRefusesNegativeOrInvertedOrOverlyPreciseBands() {
        Vacancy vacancy = Vacancy.draft("Title", "Description", Instant.now());

        assertThatThrownBy(() -> vacancy.changeSalaryBand(new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vacancy.changeSalaryBand(new BigDecimal("5000"), new BigDecimal("4000")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vacancy.changeSalaryBand(null, new BigDecimal("4000.125")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vacancy.changeSalaryBand(null, new BigDecimal("12345678901")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(vacancy.getSalaryMin()).isNull();
        assertThat(vacancy.getSalaryMax()).isNull();
    }
}
