package nl.werving.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import nl.werving.vacancy.InvalidVacancyException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequirementsRulesTests {

    private static final UUID KEPT_ID = UUID.randomUUID();
    private static final VacancyRequirements CURRENT = new VacancyRequirements(3,
            List.of(new Requirement(KEPT_ID, RequirementKind.SKILL, "Java", List.of(), null, null, true, 5)),
            List.of(new KnockoutQuestion(KEPT_ID, "Work permit?", "Werkvergunning?", true)));

    @Test
    void aCompleteDraftHasNoProblems() {
        RequirementsDraft draft = draft(List.of(
                skill("Java", 10),
                new RequirementDraft(null, RequirementKind.EXPERIENCE, "Software development", null, 3, null, true, 8),
                new RequirementDraft(null, RequirementKind.LANGUAGE, "English", List.of("Engels"), null, "B2", true, 6),
                new RequirementDraft(null, RequirementKind.EDUCATION, "hbo-v", null, null, "hbo", null, 4),
                new RequirementDraft(null, RequirementKind.CERTIFICATE, "BIG-registratie", null, null, null, true, 10)),
                List.of(question("Work permit?", "Werkvergunning?", true)));

        assertThat(RequirementsRules.check(draft, CURRENT)).isEmpty();
    }

    @Test
    void eachInvalidFieldIsNamedWithItsPosition() {
        RequirementsDraft draft = draft(List.of(
                skill("Java", 5),
                skill(" ", 5),
                skill("Kafka", 11),
                new RequirementDraft(null, RequirementKind.SKILL, "Spring", null, 51, null, false, 0)),
                List.of(question("Work permit?", "", null)));

        assertThat(fields(RequirementsRules.check(draft, CURRENT))).containsExactly(
                "requirements[1].label", "requirements[2].weight", "requirements[3].minimumYears",
                "requirements[3].weight", "knockoutQuestions[0].questionNl", "knockoutQuestions[0].requiredAnswer");
    }

    @Test
    void aWeightOfOneAndOfTenAndZeroAndFiftyYearsAreAccepted() {
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", null, 0, null, false, 1),
                new RequirementDraft(null, RequirementKind.EXPERIENCE, "Nursing", null, 50, null, false, 10)),
                List.of());

        assertThat(RequirementsRules.check(draft, CURRENT)).isEmpty();
    }

    @Test
    void aMissingWeightOrKindIsRequired() {
        RequirementsDraft draft = draft(List.of(new RequirementDraft(null, null, "Java", null, null, null, true, null)),
                List.of());

        assertThat(fields(RequirementsRules.check(draft, CURRENT)))
                .containsExactly("requirements[0].kind", "requirements[0].weight");
    }

    @Test
    void aLanguageNeedsALevelOfTheFramework() {
        List<Problem> missing = RequirementsRules.check(draft(List.of(
                new RequirementDraft(null, RequirementKind.LANGUAGE, "Dutch", null, null, null, true, 5)), List.of()),
                CURRENT);
        List<Problem> unknown = RequirementsRules.check(draft(List.of(
                new RequirementDraft(null, RequirementKind.LANGUAGE, "Dutch", null, null, "fluent", true, 5)), List.of()),
                CURRENT);

        assertThat(missing).extracting(Problem::field).containsExactly("requirements[0].level");
        assertThat(missing.get(0).message()).contains("A1", "C2", "native");
        assertThat(unknown).extracting(Problem::field).containsExactly("requirements[0].level");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1", "b2", "C1", "native", "Native"})
    void languageLevelsAreAcceptedInAnyCase(String level) {
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(null, RequirementKind.LANGUAGE, "Dutch", null, null, level, true, 5)), List.of());

        assertThat(RequirementsRules.check(draft, CURRENT)).isEmpty();
        assertThat(RequirementsRules.apply(draft, 1, UUID::randomUUID).requirements().get(0).level())
                .isIn(RequirementLevels.LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mbo", "hbo", "wo", "bachelor", "master", "phd", "HBO"})
    void educationLevelsAreTheDocumentedOnes(String level) {
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(null, RequirementKind.EDUCATION, "Nursing", null, null, level, true, 5)), List.of());

        assertThat(RequirementsRules.check(draft, CURRENT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vwo", "C1", "university"})
    void otherEducationLevelsAreRefused(String level) {
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(null, RequirementKind.EDUCATION, "Nursing", null, null, level, true, 5)), List.of());

        assertThat(fields(RequirementsRules.check(draft, CURRENT))).containsExactly("requirements[0].level");
    }

    @Test
    void levelsAndYearsBelongToTheirKinds() {
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", null, null, "C1", true, 5),
                new RequirementDraft(null, RequirementKind.LANGUAGE, "Dutch", null, 2, "C1", true, 5),
                new RequirementDraft(null, RequirementKind.EXPERIENCE, "Nursing", null, null, null, true, 5)),
                List.of());

        assertThat(fields(RequirementsRules.check(draft, CURRENT))).containsExactly(
                "requirements[0].level", "requirements[1].minimumYears", "requirements[2].minimumYears");
    }

    @Test
    void atMostFiftyRequirementsAndTwentyQuestions() {
        List<RequirementDraft> fifty = new ArrayList<>(Collections.nCopies(50, skill("Java", 5)));
        List<KnockoutQuestionDraft> twenty = new ArrayList<>(Collections.nCopies(20, question("Q?", "V?", true)));
        assertThat(RequirementsRules.check(draft(fifty, twenty), CURRENT)).isEmpty();

        fifty.add(skill("Java", 5));
        twenty.add(question("Q?", "V?", true));

        assertThat(fields(RequirementsRules.check(draft(fifty, twenty), CURRENT)))
                .containsExactly("requirements", "knockoutQuestions");
    }

    @Test
    void bothListsAreRequiredSoNothingIsWipedByAccident() {
        assertThat(fields(RequirementsRules.check(draft(null, null), CURRENT)))
                .containsExactly("requirements", "knockoutQuestions");
    }

    @Test
    void synonymsMustBeShortAndFitTheirColumn() {
        List<String> long30 = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long30.add("synonym number " + i + " " + "x".repeat(60));
        }
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE", " "), null, null, true, 5),
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("x".repeat(101)), null, null, true, 5),
                new RequirementDraft(null, RequirementKind.SKILL, "Java", long30, null, null, true, 5),
                new RequirementDraft(null, RequirementKind.SKILL, "Java", Collections.nCopies(31, "J"), null, null,
                        true, 5)),
                List.of());

        assertThat(fields(RequirementsRules.check(draft, CURRENT))).containsExactly(
                "requirements[0].synonyms[1]", "requirements[1].synonyms[0]", "requirements[2].synonyms",
                "requirements[3].synonyms");
    }

    @Test
    void anIdMustBeOneOfTheVacancysItemsAndAppearOnce() {
        UUID stranger = UUID.randomUUID();
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(KEPT_ID, RequirementKind.SKILL, "Java", null, null, null, true, 5),
                new RequirementDraft(KEPT_ID, RequirementKind.SKILL, "Java", null, null, null, true, 5),
                new RequirementDraft(stranger, RequirementKind.SKILL, "Java", null, null, null, true, 5)),
                List.of(new KnockoutQuestionDraft(stranger, "Q?", "V?", true)));

        assertThat(fields(RequirementsRules.check(draft, CURRENT))).containsExactly(
                "requirements[1].id", "requirements[2].id", "knockoutQuestions[0].id");
    }

    @Test
    void aNullItemIsNamed() {
        List<RequirementDraft> requirements = new ArrayList<>();
        requirements.add(null);

        assertThat(fields(RequirementsRules.check(draft(requirements, List.of()), CURRENT)))
                .containsExactly("requirements[0]");
    }

    @Test
    void applyingKeepsIdsGivesNewOnesAndTidiesTheTexts() {
        UUID newId = UUID.randomUUID();
        RequirementsDraft draft = draft(List.of(
                new RequirementDraft(KEPT_ID, RequirementKind.SKILL, " Java ", List.of(" Java SE", "java se", "JAVA",
                        "Java 17 "), null, null, null, 5),
                new RequirementDraft(null, RequirementKind.LANGUAGE, "Dutch", null, null, "c1", true, 5)),
                List.of(new KnockoutQuestionDraft(null, " Work permit? ", "Werkvergunning?", false)));

        VacancyRequirements applied = RequirementsRules.apply(draft, 4, () -> newId);

        assertThat(applied.version()).isEqualTo(4);
        assertThat(applied.requirements()).containsExactly(
                new Requirement(KEPT_ID, RequirementKind.SKILL, "Java", List.of("Java SE", "Java 17"), null, null,
                        false, 5),
                new Requirement(newId, RequirementKind.LANGUAGE, "Dutch", List.of(), null, "C1", true, 5));
        assertThat(applied.knockoutQuestions()).containsExactly(
                new KnockoutQuestion(newId, "Work permit?", "Werkvergunning?", false));
    }

    @Test
    void theDemoVacanciesRequirementsAreValid() {
        assertThat(RequirementsRules.check(DemoVacancies.nurseRequirements(), VacancyRequirements.none())).isEmpty();
        assertThat(RequirementsRules.check(DemoVacancies.developerRequirements(), VacancyRequirements.none()))
                .isEmpty();
    }

    private static RequirementsDraft draft(List<RequirementDraft> requirements,
            List<KnockoutQuestionDraft> questions) {
        return new RequirementsDraft(null, requirements, questions);
    }

    private static RequirementDraft skill(String label, Integer weight) {
        return new RequirementDraft(null, RequirementKind.SKILL, label, null, null, null, true, weight);
    }

    private static KnockoutQuestionDraft question(String en, String nl, Boolean requiredAnswer) {
        return new KnockoutQuestionDraft(null, en, nl, requiredAnswer);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }
}
