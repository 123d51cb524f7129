package nl.werving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werving.audit.AuditFacts.ReviewedDecision;
import nl.werving.audit.OversightMetrics.ReviewDuration;
import org.junit.jupiter.api.Test;

/**
 * Hand-made fixture, threshold 60 s, minimum 10 reviews, one vacancy, screening review:
 * <pre>
 * stamper: 10 reviews, all after a recommendation, none overridden; times 10..55 s in steps of 5
 *          -> median (30 + 35) / 2 = 32.5 s, all 10 under 60 s -> share 1.0, flagged
 * careful: 4 reviews, 3 after a recommendation, 1 overridden; times 30, 90, 120, 600 s
 *          -> override share 1/3, median (90 + 120) / 2 = 105 s, quick share 1/4, not flagged
 * few:     9 reviews, all after a recommendation, none overridden, 9 x 5 s -> median 5 s, not flagged (too few)
 * </pre>
 */
class OversightMetricsTests {

    private static final UUID VACANCY = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final String STAGE = "SCREENING_REVIEW";

    @Test
    void sharesMediansAndTheRubberStampFlagPerReviewer() {
        List<ReviewedDecision> decisions = new ArrayList<>();
        List<ReviewDuration> durations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            decisions.add(decision("stamper", true, false));
            durations.add(duration("stamper", 10 + 5 * i));
        }
        decisions.add(decision("careful", true, true));
        decisions.add(decision("careful", true, false));
        decisions.add(decision("careful", true, false));
        decisions.add(decision("careful", false, false));
        for (int seconds : new int[] {600, 30, 120, 90}) {
            durations.add(duration("careful", seconds));
        }
        for (int i = 0; i < 9; i++) {
            decisions.add(decision("few", true, false));
            durations.add(duration("few", 5));
        }

        List<OversightRow> rows = OversightMetrics.calculate(decisions, durations, 60, 10);

        assertThat(rows).extracting(OversightRow::reviewer).containsExactly("careful", "few", "stamper");
        OversightRow careful = rows.get(0);
        assertThat(careful.reviews()).isEqualTo(4);
        assertThat(careful.withRecommendation()).isEqualTo(3);
        assertThat(careful.overridden()).isEqualTo(1);
        assertThat(careful.overrideShare()).isEqualTo(1.0 / 3);
        assertThat(careful.timedReviews()).isEqualTo(4);
        assertThat(careful.medianReviewSeconds()).isEqualTo(105.0);
        assertThat(careful.quickReviewShare()).isEqualTo(0.25);
        assertThat(careful.rubberStamping()).isFalse();
        OversightRow few = rows.get(1);
        assertThat(few.overrideShare()).isEqualTo(0.0);
        assertThat(few.medianReviewSeconds()).isEqualTo(5.0);
        assertThat(few.rubberStamping()).as("fewer than the minimum number of reviews").isFalse();
        OversightRow stamper = rows.get(2);
        assertThat(stamper.reviews()).isEqualTo(10);
        assertThat(stamper.overrideShare()).isEqualTo(0.0);
        assertThat(stamper.medianReviewSeconds()).isEqualTo(32.5);
        assertThat(stamper.quickReviewShare()).isEqualTo(1.0);
        assertThat(stamper.rubberStamping()).isTrue();
    }

    @Test
    void aMedianAtTheThresholdIsNotUnderItAndAnOddCountTakesTheMiddle() {
        assertThat(OversightMetrics.median(List.of(Duration.ofSeconds(70), Duration.ofSeconds(60),
                Duration.ofSeconds(1)))).isEqualTo(60.0);
        List<ReviewedDecision> decisions = new ArrayList<>();
        List<ReviewDuration> durations = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            decisions.add(decision("r", true, false));
            durations.add(duration("r", 60));
        }
        OversightRow row = OversightMetrics.calculate(decisions, durations, 60, 10).get(0);
        assertThat(row.medianReviewSeconds()).isEqualTo(60.0);
        assertThat(row.quickReviewShare()).isEqualTo(0.0);
        assertThat(row.rubberStamping()).isFalse();
    }

    @Test
    void withoutARecommendationShownThereIsNoOverrideShareAndNoFlag() {
        List<ReviewedDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            decisions.add(decision("manager", false, false));
        }
        OversightRow row = OversightMetrics.calculate(decisions, List.of(duration("manager", 3)), 60, 10).get(0);
        assertThat(row.overrideShare()).isNull();
        assertThat(row.rubberStamping()).isFalse();
        assertThat(OversightMetrics.median(List.of())).isNull();
    }

    private static ReviewedDecision decision(String reviewer, boolean recommendationShown, boolean override) {
        return new ReviewedDecision(VACANCY, STAGE, reviewer, recommendationShown, override);
    }

    private static ReviewDuration duration(String reviewer, int seconds) {
        return new ReviewDuration(VACANCY, STAGE, reviewer, Duration.ofSeconds(seconds));
    }
}
