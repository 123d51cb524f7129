package nl.werving.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HumanDecisionTests {

    @ParameterizedTest(name = "recommended {0}, decided {1}: override {2}")
    @CsvSource(nullValues = "none", value = {
            "advance, advance, false",
            "reject,  reject,  false",
            "advance, reject,  true",
            "reject,  advance, true",
            "review,  advance, false",
            "review,  reject,  false",
            "none,    reject,  false",
            "advance, close,   true"})
    void anOverrideIsADecisionAgainstAnAdvanceOrRejectRecommendation(String recommendation, String decision,
            boolean override) {
        assertThat(decision(recommendation, decision, "reason").isOverride()).isEqualTo(override);
    }

    @Test
    void rejectAndCloseAreRejections() {
        assertThat(decision("advance", "reject", "x").isRejection()).isTrue();
        assertThat(decision(null, "close", "x").isRejection()).isTrue();
        assertThat(decision("advance", "advance", null).isRejection()).isFalse();
        assertThat(decision(null, "extend", null).isRejection()).isFalse();
    }

    @Test
    void aReasonLongerThanTwoThousandCharactersIsRefused() {
        assertThat(decision("reject", "reject", "x".repeat(2000)).reason()).hasSize(2000);
        assertThatThrownBy(() -> decision("reject", "reject", "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000");
    }

    @Test
    void theReasonNeverShowsInTheDecisionsTextualForm() {
        assertThat(decision("reject", "reject", "Sam was rude on the phone").toString()).doesNotContain("rude");
    }

    @Test
    void aDecisionNeedsSomeoneWhoDecided() {
        assertThatThrownBy(() -> new HumanDecision(UUID.randomUUID(), DecisionStage.HIRING, 1, null, "offer", null,
                " ", Instant.now())).isInstanceOf(IllegalArgumentException.class);
    }

    private static HumanDecision decision(String recommendation, String decision, String reason) {
        return new HumanDecision(UUID.randomUUID(), DecisionStage.SCREENING_REVIEW, 1, recommendation, decision, reason,
                "recruiter", Instant.parse("2026-03-02T09:00:00Z"));
    }
}
