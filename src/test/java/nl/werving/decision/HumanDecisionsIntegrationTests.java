package nl.werving.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

@PostgresIntegrationTest
class HumanDecisionsIntegrationTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    HumanDecisions decisions;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private UUID applicationId;

    @BeforeEach
    void setUp() {
        applicationId = TestApplications.submit(submission, vacancies).getId();
    }

    @Test
    void aDecisionIsStoredWithWhetherItOverrodeTheRecommendation() {
        decisions.record(new HumanDecision(applicationId, DecisionStage.SCREENING_REVIEW, 1, "reject", "advance", null,
                "itrecruiter", MONDAY));

        Map<String, Object> row = jdbc.queryForMap("select * from human_decision where application_id = ?", applicationId);
        assertThat(row).containsEntry("stage", "SCREENING_REVIEW").containsEntry("round", 1)
                .containsEntry("recommendation_shown", "reject").containsEntry("decision", "advance")
                .containsEntry("decided_by", "itrecruiter").containsEntry("override", true);
        assertThat(row.get("reason")).isNull();
        assertThat(row.get("decided_at")).isNotNull();
    }

    @Test
    void theLatestRejectionReasonIsTheReasonOfTheNewestRejection() {
        decisions.record(new HumanDecision(applicationId, DecisionStage.SCREENING_REVIEW, 1, "review", "reject",
                "Older reason", "itrecruiter", MONDAY));
        decisions.record(new HumanDecision(applicationId, DecisionStage.OFFER_FOLLOW_UP, 1, null, "close",
                "Newest reason", "itrecruiter", MONDAY.plusSeconds(7200)));
        decisions.record(new HumanDecision(applicationId, DecisionStage.HIRING, 1, null, "offer", "Not a rejection",
                "itmanager", MONDAY.plusSeconds(3600)));
        decisions.record(new HumanDecision(applicationId, DecisionStage.HIRING, 2, null, "offer", "Later, not a rejection",
                "itmanager", MONDAY.plusSeconds(9000)));

        assertThat(decisions.latestRejectionReason(applicationId)).contains("Newest reason");
    }

    @Test
    void withoutARejectionThereIsNoRejectionReason() {
        decisions.record(new HumanDecision(applicationId, DecisionStage.SCREENING_REVIEW, 1, "advance", "advance",
                "Strong match", "itrecruiter", MONDAY));

        assertThat(decisions.latestRejectionReason(applicationId)).isEmpty();
        assertThat(decisions.latestRejectionReason(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aReasonOfTwoThousandCharactersIsStoredWhole() {
        String reason = "é".repeat(HumanDecision.MAX_REASON_LENGTH);

        decisions.record(new HumanDecision(applicationId, DecisionStage.ASSESSMENT_REVIEW, 1, "advance", "reject",
                reason, "itrecruiter", MONDAY));

        assertThat(decisions.latestRejectionReason(applicationId)).contains(reason);
    }
}
