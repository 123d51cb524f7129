package nl.werving;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.UUID;
import nl.werving.application.Applications;
import nl.werving.automation.AutomationSwitches;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.screening.ScreeningResults;
import nl.werving.support.PostgresIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queries asked for every application reuse Hibernate's translation to SQL instead of translating the
 * query again on every call (docs/benchmarks.md): a repeated call is a query plan cache hit.
 */
@PostgresIntegrationTest
class QueryPlanCacheIntegrationTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    AutomationSwitches automationSwitches;
    @Autowired
    ScreeningResults screeningResults;
    @Autowired
    Applications applications;
    @Autowired
    Consents consents;

    private Statistics statistics;
    private boolean wasEnabled;

    @BeforeEach
    void countQueryPlans() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void restore() {
        statistics.setStatisticsEnabled(wasEnabled);
    }

    @Test
    void theAutomationSwitchesOfAVacancyAreLookedUpWithACachedPlan() {
        assertThatARepeatedLookupHitsThePlanCache(() -> automationSwitches.isAutomationOn(UUID.randomUUID()));
    }

    @Test
    void theLatestScreeningResultIsLookedUpWithACachedPlan() {
        assertThatARepeatedLookupHitsThePlanCache(() -> screeningResults.latest(UUID.randomUUID()));
    }

    @Test
    void theConsentInForceIsLookedUpWithACachedPlan() {
        assertThatARepeatedLookupHitsThePlanCache(
                () -> consents.inForce(UUID.randomUUID(), ConsentPurpose.APPLICATION_PROCESSING));
    }

    @Test
    void theKnockoutAnswersOfAnApplicationAreLookedUpWithACachedPlan() {
        assertThatARepeatedLookupHitsThePlanCache(() -> applications.knockoutAnswers(UUID.randomUUID()));
    }

    private void assertThatARepeatedLookupHitsThePlanCache(Runnable lookup) {
        lookup.run();
        long hits = statistics.getQueryPlanCacheHitCount();

        lookup.run();

        assertThat(statistics.getQueryPlanCacheHitCount()).isGreaterThan(hits);
    }
}
