package nl.werving.fairness;

import static nl.werving.fairness.StageOutcome.NOT_SELECTED;
import static nl.werving.fairness.StageOutcome.PENDING;
import static nl.werving.fairness.StageOutcome.SELECTED;
import static nl.werving.fairness.StageOutcome.WITHDREW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed fixtures: every expected count, rate and ratio below was worked out on paper from the fixture
 * and is written as the fraction it is.
 */
class FairnessCalculatorTests {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final Dimension SEX = new Dimension("sex", List.of("female", "male"));
    private static final Dimension AGE = new Dimension("age", List.of("young", "old"));

    @Test
    void selectionRatesImpactRatiosAndTheFourFifthsFlagPerStageWithUnknownsApart() {
        List<ApplicantFacts> applicants = new ArrayList<>();
        // Screening: 10 women, 4 selected; 8 men, 6 selected; 3 unknown (2 prefer not to say, 1 no answer), 1 selected.
        // Assessment: of the 4 women 3 advance, of the 6 men 3 advance (the highest group changes).
        applicants.addAll(times(3, () -> sex("female", SELECTED, SELECTED)));
        applicants.add(sex("female", SELECTED, NOT_SELECTED));
        applicants.addAll(times(6, () -> sex("female", NOT_SELECTED)));
        applicants.addAll(times(3, () -> sex("male", SELECTED, SELECTED)));
        applicants.addAll(times(3, () -> sex("male", SELECTED, NOT_SELECTED)));
        applicants.addAll(times(2, () -> sex("male", NOT_SELECTED)));
        applicants.add(sex(Dimension.PREFER_NOT_TO_SAY, SELECTED, NOT_SELECTED));
        applicants.add(sex(Dimension.PREFER_NOT_TO_SAY, NOT_SELECTED));
        applicants.add(sex(null, NOT_SELECTED));
        // Not counted in screening rates: one woman still pending, one man who withdrew.
        applicants.add(sex("female", PENDING));
        applicants.add(sex("male", WITHDREW));

        FairnessCalculator.Result result = new FairnessCalculator(List.of(SEX), 3).compute(applicants);

        StageReport screening = result.stages().get(0);
        assertThat(screening.stage()).isEqualTo(FairnessStage.SCREENING);
        assertThat(screening.entered()).isEqualTo(23);
        assertThat(screening.pending()).isEqualTo(1);
        assertThat(screening.withdrew()).isEqualTo(1);
        assertThat(screening.applicants()).isEqualTo(21);
        assertThat(screening.selected()).isEqualTo(11);
        GroupTable bySex = screening.tables().get(0);
        assertThat(bySex.dimension()).isEqualTo("sex");
        assertThat(bySex.unknown()).isEqualTo(3);
        assertThat(bySex.referenceGroup()).isEqualTo("male");
        GroupRow women = bySex.groups().get(0);
        assertThat(women.applicants()).isEqualTo(10);
        assertThat(women.selected()).isEqualTo(4);
        assertThat(women.rate()).isCloseTo(4.0 / 10, EXACT);
        assertThat(women.impactRatio()).isCloseTo((4.0 / 10) / (6.0 / 8), EXACT); // 0.5333...
        assertThat(women.belowFourFifths()).isTrue();
        GroupRow men = bySex.groups().get(1);
        assertThat(men.rate()).isCloseTo(6.0 / 8, EXACT);
        assertThat(men.impactRatio()).isCloseTo(1.0, EXACT);
        assertThat(men.belowFourFifths()).isFalse();

        StageReport assessment = result.stages().get(1);
        assertThat(assessment.entered()).isEqualTo(11);
        assertThat(assessment.selected()).isEqualTo(6);
        GroupTable assessedBySex = assessment.tables().get(0);
        assertThat(assessedBySex.unknown()).isEqualTo(1);
        assertThat(assessedBySex.referenceGroup()).isEqualTo("female");
        assertThat(assessedBySex.groups().get(0).rate()).isCloseTo(3.0 / 4, EXACT);
        assertThat(assessedBySex.groups().get(0).impactRatio()).isCloseTo(1.0, EXACT);
        assertThat(assessedBySex.groups().get(1).rate()).isCloseTo(3.0 / 6, EXACT);
        assertThat(assessedBySex.groups().get(1).impactRatio()).isCloseTo((3.0 / 6) / (3.0 / 4), EXACT); // 0.666...
        assertThat(assessedBySex.groups().get(1).belowFourFifths()).isTrue();

        // Nobody reached the interview stage.
        StageReport interview = result.stages().get(2);
        assertThat(interview.entered()).isZero();
        assertThat(interview.tables().get(0).referenceGroup()).isNull();
        assertThat(interview.tables().get(0).groups()).allMatch(GroupRow::suppressed);
    }

    @Test
    void intersectionsOfTwoDimensionsWithASuppressedHighestGroupThatIsNotTheReference() {
        List<ApplicantFacts> applicants = new ArrayList<>();
        applicants.addAll(List.of(both("female", "young", SELECTED), both("female", "young", SELECTED),
                both("female", "young", NOT_SELECTED)));                                         // 2 of 3
        applicants.addAll(List.of(both("female", "old", SELECTED), both("female", "old", NOT_SELECTED))); // 1 of 2
        applicants.addAll(List.of(both("male", "young", SELECTED), both("male", "young", NOT_SELECTED))); // 1 of 2
        applicants.add(both("male", "old", SELECTED));                    // 1 of 1: the highest rate, but suppressed
        applicants.add(both("female", null, NOT_SELECTED));               // age unknown

        List<GroupTable> tables = new FairnessCalculator(List.of(SEX, AGE), 2).compute(applicants).stages().get(0)
                .tables();

        assertThat(tables).extracting(GroupTable::dimension).containsExactly("sex", "age", "sex × age");
        GroupTable sex = tables.get(0);
        assertThat(sex.unknown()).isZero();
        assertThat(sex.referenceGroup()).isEqualTo("male");
        assertThat(sex.groups().get(0).applicants()).isEqualTo(6);
        assertThat(sex.groups().get(0).selected()).isEqualTo(3);
        assertThat(sex.groups().get(0).impactRatio()).isCloseTo((3.0 / 6) / (2.0 / 3), EXACT); // 0.75
        assertThat(sex.groups().get(0).belowFourFifths()).isTrue();

        GroupTable age = tables.get(1);
        assertThat(age.unknown()).isEqualTo(1);
        assertThat(age.referenceGroup()).isEqualTo("old");
        assertThat(age.groups().get(0).rate()).isCloseTo(3.0 / 5, EXACT);
        assertThat(age.groups().get(0).impactRatio()).isCloseTo((3.0 / 5) / (2.0 / 3), EXACT); // 0.9
        assertThat(age.groups().get(0).belowFourFifths()).isFalse();

        GroupTable intersection = tables.get(2);
        assertThat(intersection.unknown()).isEqualTo(1);
        assertThat(intersection.groups()).extracting(GroupRow::group)
                .containsExactly("female × young", "female × old", "male × young", "male × old");
        assertThat(intersection.referenceGroup()).isEqualTo("female × young");
        assertThat(intersection.groups().get(1).impactRatio()).isCloseTo((1.0 / 2) / (2.0 / 3), EXACT); // 0.75
        assertThat(intersection.groups().get(2).impactRatio()).isCloseTo((1.0 / 2) / (2.0 / 3), EXACT);
        assertThat(intersection.groups().get(2).belowFourFifths()).isTrue();
        GroupRow suppressed = intersection.groups().get(3);
        assertThat(suppressed.suppressed()).isTrue();
        assertThat(suppressed.applicants()).isNull();
        assertThat(suppressed.selected()).isNull();
        assertThat(suppressed.rate()).isNull();
        assertThat(suppressed.impactRatio()).isNull();
    }

    @Test
    void onATieTheFirstGroupInConfiguredOrderIsTheReferenceAndBothHaveRatioOne() {
        List<ApplicantFacts> applicants = new ArrayList<>();
        applicants.addAll(List.of(sex("female", SELECTED), sex("female", NOT_SELECTED)));
        applicants.addAll(List.of(sex("male", SELECTED), sex("male", NOT_SELECTED)));

        GroupTable table = new FairnessCalculator(List.of(SEX), 2).compute(applicants).stages().get(0).tables().get(0);

        assertThat(table.referenceGroup()).isEqualTo("female");
        assertThat(table.groups()).extracting(GroupRow::impactRatio).containsExactly(1.0, 1.0);
        assertThat(table.groups()).extracting(GroupRow::belowFourFifths).containsExactly(false, false);
    }

    @Test
    void whenEveryGroupIsSuppressedThereIsNoReferenceAndNoNumbers() {
        List<ApplicantFacts> applicants = new ArrayList<>(times(4, () -> sex("female", SELECTED)));
        applicants.addAll(times(2, () -> sex("male", NOT_SELECTED)));
        applicants.add(sex(null, SELECTED));

        GroupTable table = new FairnessCalculator(List.of(SEX), 5).compute(applicants).stages().get(0).tables().get(0);

        assertThat(table.referenceGroup()).isNull();
        assertThat(table.unknown()).isEqualTo(1);
        assertThat(table.groups()).allSatisfy(row -> {
            assertThat(row.suppressed()).isTrue();
            assertThat(row.applicants()).isNull();
            assertThat(row.impactRatio()).isNull();
        });
    }

    @Test
    void whenNobodyIsSelectedRatesAreZeroAndRatiosUndefined() {
        List<ApplicantFacts> applicants = new ArrayList<>(times(2, () -> sex("female", NOT_SELECTED)));
        applicants.addAll(times(3, () -> sex("male", NOT_SELECTED)));

        GroupTable table = new FairnessCalculator(List.of(SEX), 2).compute(applicants).stages().get(0).tables().get(0);

        assertThat(table.referenceGroup()).isNull();
        assertThat(table.groups()).extracting(GroupRow::rate).containsExactly(0.0, 0.0);
        assertThat(table.groups()).extracting(GroupRow::impactRatio).containsExactly(null, null);
        assertThat(table.groups()).extracting(GroupRow::belowFourFifths).containsExactly(null, null);
    }

    @Test
    void scoringRateIsTheShareAboveTheMedianOfAllScoredApplications() {
        List<ApplicantFacts> applicants = new ArrayList<>();
        for (int score : new int[] {80, 60, 70, 90}) {
            applicants.add(scored("female", score));
        }
        for (int score : new int[] {50, 65, 68, 85}) {
            applicants.add(scored("male", score));
        }
        applicants.add(scored(null, 55));
        applicants.add(scored("male", null)); // not scored: not in the sample
        // Sorted: 50 55 60 65 68 70 80 85 90, so the median is 68.

        ScoringReport scoring = new FairnessCalculator(List.of(SEX), 3).compute(applicants).scoring();

        assertThat(scoring.scored()).isEqualTo(9);
        assertThat(scoring.median()).isEqualTo(68.0);
        GroupTable table = scoring.tables().get(0);
        assertThat(table.unknown()).isEqualTo(1);
        assertThat(table.referenceGroup()).isEqualTo("female");
        assertThat(table.groups().get(0).selected()).isEqualTo(3); // 70, 80, 90
        assertThat(table.groups().get(0).rate()).isCloseTo(3.0 / 4, EXACT);
        assertThat(table.groups().get(1).selected()).isEqualTo(1); // 85
        assertThat(table.groups().get(1).impactRatio()).isCloseTo((1.0 / 4) / (3.0 / 4), EXACT); // 0.333...
        assertThat(table.groups().get(1).belowFourFifths()).isTrue();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(FairnessCalculator.median(List.of(40, 10, 30, 20))).isEqualTo(25.0);
        assertThat(FairnessCalculator.median(List.of(7))).isEqualTo(7.0);
    }

    @Test
    void noScoresGiveNoMedian() {
        ScoringReport scoring = new FairnessCalculator(List.of(SEX), 1).compute(List.of(scored("male", null)))
                .scoring();

        assertThat(scoring.scored()).isZero();
        assertThat(scoring.median()).isNull();
    }

    private static ApplicantFacts sex(String sex, StageOutcome... outcomes) {
        return facts(sex == null ? Map.of() : Map.of("sex", sex), null, outcomes);
    }

    private static ApplicantFacts both(String sex, String age, StageOutcome... outcomes) {
        Map<String, String> answers = new HashMap<>();
        answers.put("sex", sex);
        if (age != null) {
            answers.put("age", age);
        }
        return facts(answers, null, outcomes);
    }

    private static ApplicantFacts scored(String sex, Integer score) {
        return facts(sex == null ? Map.of() : Map.of("sex", sex), score, SELECTED);
    }

    private static ApplicantFacts facts(Map<String, String> answers, Integer score, StageOutcome... outcomes) {
        Map<FairnessStage, StageOutcome> byStage = new EnumMap<>(FairnessStage.class);
        for (int i = 0; i < outcomes.length; i++) {
            byStage.put(FairnessStage.values()[i], outcomes[i]);
        }
        return new ApplicantFacts(UUID.randomUUID(), answers, score, byStage);
    }

    private static List<ApplicantFacts> times(int count, java.util.function.Supplier<ApplicantFacts> fixture) {
        List<ApplicantFacts> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(fixture.get());
        }
        return list;
    }
}
