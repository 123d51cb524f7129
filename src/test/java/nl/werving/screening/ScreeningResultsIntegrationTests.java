package nl.werving.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.werving.support.HttpTestClient;
import nl.werving.support.TestApplications;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresIntegrationTest
class ScreeningResultsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    ScreeningResults results;
    @Autowired
    ApplicationScreening screening;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private UUID vacancyId;
    private UUID applicationId;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    nl.werving.application.Applications applications;

    @BeforeEach
    void setUp() throws Exception {
        vacancyId = vacancies.publishIfAbsent("Screening results test vacancy", "A vacancy for screening tests").getId();
        HttpResponse<String> response = new HttpTestClient(port).postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Sam Screening","email":"sam.screening@example.org","language":"en"}"""
                .formatted(vacancyId));
        assertThat(response.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        applicationId = UUID.fromString(jdbc.queryForObject("select id from application where reference = ?",
                String.class, reference));
        // Screening runs as the process's asynchronous step: wait for it, so its result is the first one.
        TestApplications.awaitScreening(runtimeService, managementService,
                applications.findById(applicationId).orElseThrow());
    }

    @Test
    void cvScreeningReplacesManualScreeningAndStoresANoCvResultForAnApplicationWithoutCv() {
        assertThat(screening).isInstanceOf(CvScreening.class);

        ScreeningResult result = results.latest(applicationId).orElseThrow();

        assertThat(result.cvScreened()).isFalse();
        assertThat(result.score()).isNull();
        assertThat(result.vacancyId()).isEqualTo(vacancyId);
        assertThat(result.requirements()).isEmpty();
        assertThat(result.outcome()).isEqualTo(ScreeningOutcome.notScored());
    }

    @Test
    void aResultWithItsRequirementsEvidenceAndKnockoutAnswersRoundTrips() {
        RequirementResult java = new RequirementResult(UUID.randomUUID(), "Java", RequirementKind.SKILL, true, 10, 5,
                null, MatchStatus.PARTIAL, new BigDecimal("3.5"), new BigDecimal("31.25"), List.of(
                        new Evidence("2019 - heden", 140, 152), new Evidence("Java-ontwikkelaar bij \u2588\u2588\u2588",
                                120, 139)));
        RequirementResult dutch = new RequirementResult(UUID.randomUUID(), "Nederlands", RequirementKind.LANGUAGE,
                false, 6, null, "C1", MatchStatus.MISSING, null, new BigDecimal("0.00"), List.of());
        KnockoutCheck permit = new KnockoutCheck(UUID.randomUUID(), "Work permit?", "Werkvergunning?", true, true);
        KnockoutCheck unanswered = new KnockoutCheck(UUID.randomUUID(), "Licence?", "Rijbewijs?", true, null);

        ScreeningResult stored = results.record(applicationId, vacancyId, 7, true, 31, false, true,
                List.of(java, dutch), List.of(permit, unanswered));
        ScreeningResult latest = results.latest(applicationId).orElseThrow();

        assertThat(latest.id()).isEqualTo(stored.id());
        assertThat(latest.sequenceNumber()).isEqualTo(2);
        assertThat(latest.requirementsVersion()).isEqualTo(7);
        assertThat(latest.score()).isEqualTo(31);
        assertThat(latest.knockoutFailed()).isTrue();
        assertThat(latest.requirements()).usingRecursiveFieldByFieldElementComparator(
                org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(java, dutch);
        assertThat(latest.knockoutChecks()).containsExactly(permit, unanswered);
        assertThat(latest.screenedAt()).isNotNull();
        assertThat(jdbc.queryForObject("select evidence from screening_requirement_result where result_id = ? "
                + "and position = 0", String.class, stored.id())).startsWith("[{\"passage\":\"2019 - heden\"");
    }

    @Test
    void theProcessAttachesTheDecisionToTheLatestResultAndRescreeningAddsANewerOne() {
        assertThat(results.attachDecision(applicationId, "ScreeningDecision", 3, "review", "NOT_SCORED")).isTrue();

        ScreeningResult decided = results.latest(applicationId).orElseThrow();
        assertThat(decided.decisionKey()).isEqualTo("ScreeningDecision");
        assertThat(decided.decisionVersion()).isEqualTo(3);
        assertThat(decided.recommendation()).isEqualTo("review");
        assertThat(decided.reason()).isEqualTo("NOT_SCORED");

        screening.screen(applicationId);

        ScreeningResult rescreened = results.latest(applicationId).orElseThrow();
        assertThat(rescreened.id()).isNotEqualTo(decided.id());
        assertThat(rescreened.sequenceNumber()).isEqualTo(decided.sequenceNumber() + 1);
        assertThat(rescreened.hasDecision()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from screening_result where application_id = ?", Integer.class,
                applicationId)).isEqualTo(rescreened.sequenceNumber());
    }

    @Test
    void theTransactionThatRecordsAResultDecidesAndShowsThatResultAndStoresItsDecision() {
        TransactionTemplate processStep = new TransactionTemplate(transactionManager);

        ScreeningResult shown = processStep.execute(status -> {
            ScreeningResult recorded = results.record(applicationId, vacancyId, 4, true, 55, false, false, List.of(),
                    List.of());
            assertThat(results.attachDecision(applicationId, "ScreeningDecision", 2, "invite", "HIGH_SCORE"))
                    .isTrue();
            ScreeningResult latest = results.latest(applicationId).orElseThrow();
            assertThat(latest.id()).isEqualTo(recorded.id());
            return latest;
        });

        assertThat(shown.recommendation()).isEqualTo("invite");
        ScreeningResult stored = results.latest(applicationId).orElseThrow();
        assertThat(stored.id()).as("read from the database after the commit").isEqualTo(shown.id());
        assertThat(stored.decisionKey()).isEqualTo("ScreeningDecision");
        assertThat(stored.decisionVersion()).isEqualTo(2);
        assertThat(stored.recommendation()).isEqualTo("invite");
        assertThat(stored.reason()).isEqualTo("HIGH_SCORE");
    }

    @Test
    void aDecisionNeedsAScreeningResult() {
        UUID notScreened = UUID.randomUUID();

        assertThat(results.attachDecision(notScreened, "ScreeningDecision", 1, "review", null)).isFalse();
        assertThat(results.latest(notScreened)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from screening_result where application_id = ?", Integer.class,
                notScreened)).isZero();
    }
}
