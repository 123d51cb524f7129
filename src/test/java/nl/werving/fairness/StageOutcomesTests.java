package nl.werving.fairness;

import static nl.werving.fairness.StageOutcome.NOT_ENTERED;
import static nl.werving.fairness.StageOutcome.NOT_SELECTED;
import static nl.werving.fairness.StageOutcome.PENDING;
import static nl.werving.fairness.StageOutcome.SELECTED;
import static nl.werving.fairness.StageOutcome.WITHDREW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StageOutcomesTests {

    @Test
    void aHiredCandidateWasSelectedAtEveryStage() {
        assertThat(outcomes(record("HIRED", "review", Set.of("SCREENING_REVIEW:advance"), true, true, true)))
                .containsExactly(SELECTED, SELECTED, SELECTED, SELECTED);
    }

    @Test
    void aRejectionAtTheScreeningReviewEndsAtScreening() {
        assertThat(outcomes(record("REJECTED", "review", Set.of("SCREENING_REVIEW:reject"), false, false, false)))
                .containsExactly(NOT_SELECTED, NOT_ENTERED, NOT_ENTERED, NOT_ENTERED);
    }

    @Test
    void anAdvanceRecommendationSelectsAtScreeningAndARunningApplicationIsPendingAfterwards() {
        assertThat(outcomes(record("SUBMITTED", "advance", Set.of(), true, false, false)))
                .containsExactly(SELECTED, PENDING, NOT_ENTERED, NOT_ENTERED);
    }

    @Test
    void aWithdrawalCountsInTheStageItHappenedIn() {
        assertThat(outcomes(record("WITHDRAWN", "advance", Set.of(), true, true, false)))
                .containsExactly(SELECTED, SELECTED, WITHDREW, NOT_ENTERED);
    }

    @Test
    void aDeclinedOfferIsTheCandidatesChoiceAndAnExpiredOneIsNotSelected() {
        assertThat(outcomes(record("OFFER_DECLINED", "advance", Set.of("HIRING:offer"), true, true, true)))
                .containsExactly(SELECTED, SELECTED, SELECTED, WITHDREW);
        assertThat(outcomes(record("OFFER_EXPIRED", "advance", Set.of("HIRING:offer"), true, true, true)))
                .containsExactly(SELECTED, SELECTED, SELECTED, NOT_SELECTED);
    }

    @Test
    void anAssessmentReviewAdvanceSelectsAtAssessmentBeforeTheInterviewIsPlanned() {
        assertThat(outcomes(record("SUBMITTED", "review",
                Set.of("SCREENING_REVIEW:advance", "ASSESSMENT_REVIEW:advance"), true, false, false)))
                .containsExactly(SELECTED, SELECTED, PENDING, NOT_ENTERED);
    }

    private static ApplicationRecord record(String status, String recommendation, Set<String> decisions,
            boolean assessed, boolean planned, boolean offered) {
        return new ApplicationRecord(UUID.randomUUID(), status, recommendation, 50, decisions, assessed, planned,
                offered);
    }

    private static List<StageOutcome> outcomes(ApplicationRecord record) {
        var outcomes = StageOutcomes.of(record);
        return List.of(FairnessStage.values()).stream().map(outcomes::get).toList();
    }
}
