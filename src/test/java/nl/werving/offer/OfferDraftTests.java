package nl.werving.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.werving.vacancy.Vacancy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfferDraftTests {

    @ParameterizedTest(name = "band {0}..{1}, salary {2}: known {3}, above {4}")
    @CsvSource(nullValues = "none", value = {
            "3500, 4500, 4000,    true,  false",
            "3500, 4500, 4500.00, true,  false",
            "3500, 4500, 4500.01, true,  true",
            "3500, 4500, 3000,    true,  false",
            "none, none, 4000,    false, false",
            "3500, none, 9000,    false, false",
            "none, 4500, 4000,    false, false",
            "none, 4500, 5000,    false, true"})
    void theDraftComparesTheSalaryWithTheVacancysBand(BigDecimal min, BigDecimal max, BigDecimal salary,
            boolean bandKnown, boolean aboveBand) {
        Vacancy vacancy = Vacancy.draft("Title", "Description", Instant.now());
        vacancy.changeSalaryBand(min, max);

        OfferDraft draft = OfferDraft.of(UUID.randomUUID(), salary, vacancy);

        assertThat(draft.salaryBandKnown()).isEqualTo(bandKnown);
        assertThat(draft.salaryAboveBand()).isEqualTo(aboveBand);
    }
}
