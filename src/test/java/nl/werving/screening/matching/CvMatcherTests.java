package nl.werving.screening.matching;

import static nl.werving.screening.CvFixtures.REFERENCE_DATE;
import static nl.werving.screening.CvFixtures.requirement;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.screening.CvFixtures;
import nl.werving.screening.Evidence;
import nl.werving.screening.MatchStatus;
import nl.werving.screening.redaction.ProtectedAttributeRedactor;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.VacancyRequirements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CvMatcherTests {

    private final CvMatcher matcher = new CvMatcher();

    private RequirementMatch only(String cv, Requirement requirement) {
        return matcher.match(cv, new VacancyRequirements(1, List.of(requirement), List.of()), Map.of(),
                REFERENCE_DATE).matches().get(0);
    }

    private static Requirement skill(String label, String... synonyms) {
        return requirement(1, RequirementKind.SKILL, label, List.of(synonyms), null, null, true, 1);
    }

    private static Requirement skillYears(String label, int years) {
        return requirement(1, RequirementKind.SKILL, label, List.of(), years, null, true, 1);
    }

    private static Requirement experience(int years) {
        return requirement(1, RequirementKind.EXPERIENCE, "Werkervaring", List.of(), years, null, true, 1);
    }

    private static Requirement language(String label, String level) {
        return requirement(1, RequirementKind.LANGUAGE, label, List.of(), null, level, true, 1);
    }

    private static Requirement education(String level) {
        return requirement(1, RequirementKind.EDUCATION, "Opleiding", List.of(), null, level, true, 1);
    }

    @Test
    void aSkillIsFoundByItsLabelCaseInsensitivelyAsAWholeWord() {
        assertThat(only("Ervaring met JAVA en Spring", skill("Java")).status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(only("Ervaring met JavaScript", skill("Java")).status()).isEqualTo(MatchStatus.MISSING);
    }

    @Test
    void aSkillIsFoundByASynonym() {
        RequirementMatch match = only("Databases: PostgreSQL en Oracle", skill("SQL", "PostgreSQL"));

        assertThat(match.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(match.evidence()).extracting(Evidence::passage).containsExactly("Databases: PostgreSQL en Oracle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIG-registratie", "BIG registratie", "BIG registration", "BIG-nummer 12345678901",
            "big-registered nurse"})
    void aCertificateIsFoundInItsDutchAndEnglishVariants(String cv) {
        Requirement big = requirement(1, RequirementKind.CERTIFICATE, "BIG-registratie", List.of(), null, null, true, 1);

        assertThat(only("Certificaten\n" + cv, big).status()).isEqualTo(MatchStatus.MATCHED);
    }

    @ParameterizedTest
    @CsvSource({"Projectmanagement,project management", "project management,Project-management",
            "Softwareontwikkeling,software development", "Klantenservice,Customer service"})
    void dutchAndEnglishVariantsAndSpellingsOfASkillMatch(String label, String cv) {
        assertThat(only("Vaardigheden: " + cv, skill(label)).status()).isEqualTo(MatchStatus.MATCHED);
    }

    @Test
    void symbolsInSkillNamesMatchExactly() {
        assertThat(only("C#, .NET en C++", skill("C#")).status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(only("C en C++", skill("C#")).status()).isEqualTo(MatchStatus.MISSING);
    }

    @Test
    void evidencePositionsPointIntoTheOriginalTextAndPassagesComeFromTheRedactedText() {
        String original = "Jan de Vries, Kerkstraat 12\nJan bouwde Java-services";
        String redacted = new ProtectedAttributeRedactor().redact(original,
                new nl.werving.screening.redaction.PersonalDetails("Jan de Vries", "j@example.org", null));

        Evidence evidence = only(redacted, skill("Java")).evidence().get(0);

        assertThat(original.substring(evidence.start(), evidence.end())).isEqualTo("Jan bouwde Java-services");
        assertThat(evidence.passage()).isEqualTo(redacted.substring(evidence.start(), evidence.end()))
                .doesNotContain("Jan").contains("Java-services");
    }

    @Test
    void yearsComeFromTheUnionOfDatedPeriodsCountingOverlapsOnce() {
        String cv = """
                Werkervaring
                Ontwikkelaar, A
                2015 - 2019
                Freelancer, B
                2017 - 2020
                Docent, C
                01/2022 - 12/2022
                """;

        RequirementMatch match = only(cv, experience(5));

        assertThat(match.yearsFound()).isEqualByComparingTo("6.0");
        assertThat(match.status()).isEqualTo(MatchStatus.MATCHED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jan 2019 – heden|6.5",
            "Jan 2019 - present|6.5",
            "03/2020 - present|5.3",
            "2015-2017|2.0",
            "2018 - 2023|5.0",
            "mrt 2020 - nu|5.3",
            "sinds 2021|4.5",
            "van 2016 tot 2018|2.0",
            "2019 - 2019|1.0",
            "september 2023 - februari 2024|0.5"})
    void datedWorkHistoryInDutchAndEnglishNotationsGivesYears(String range, String years) {
        String cv = "Werkervaring\nOntwikkelaar bij X\n" + range + "\n- bouwde dingen\n";

        assertThat(only(cv, experience(1)).yearsFound()).isEqualByComparingTo(years);
    }

    @Test
    void presentMeansTheReferenceDatePassedInNotTheClock() {
        String cv = "Work experience\nDeveloper\nJan 2020 - present\n";
        VacancyRequirements requirements = new VacancyRequirements(1, List.of(experience(3)), List.of());

        assertThat(matcher.match(cv, requirements, Map.of(), LocalDate.of(2022, 1, 15)).matches().get(0)
                .yearsFound()).isEqualByComparingTo("2.1");
        assertThat(matcher.match(cv, requirements, Map.of(), LocalDate.of(2030, 1, 15)).matches().get(0)
                .yearsFound()).isEqualByComparingTo("10.1");
    }

    @Test
    void datesInTheEducationSectionAreNotWorkExperience() {
        String cv = "Opleiding\n2010 - 2014 HBO Informatica\nWerkervaring\nOntwikkelaar\n2020 - 2022\n";

        assertThat(only(cv, experience(1)).yearsFound()).isEqualByComparingTo("2.0");
    }

    @Test
    void aSkillsYearsArePeriodsWhoseEntryMentionsIt() {
        String cv = """
                Werkervaring
                Java-ontwikkelaar, Bol.com
                2018 - 2023
                - microservices in Java
                Python-ontwikkelaar, Booking
                2014 - 2018
                - data pipelines in Python
                """;

        assertThat(only(cv, skillYears("Java", 5)).yearsFound()).isEqualByComparingTo("5.0");
        assertThat(only(cv, skillYears("Java", 5)).status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(only(cv, skillYears("Python", 5)).yearsFound()).isEqualByComparingTo("4.0");
        assertThat(only(cv, skillYears("Python", 5)).status()).isEqualTo(MatchStatus.PARTIAL);
    }

    @Test
    void aSkillMentionedWithoutDatedExperienceIsPartialWhenYearsAreRequired() {
        RequirementMatch match = only("Vaardigheden\nKubernetes, Docker", skillYears("Kubernetes", 2));

        assertThat(match.status()).isEqualTo(MatchStatus.PARTIAL);
        assertThat(match.yearsFound()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void experienceWithoutAnyDatedPeriodIsMissing() {
        assertThat(only("Ik heb veel gewerkt.", experience(2)).status()).isEqualTo(MatchStatus.MISSING);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Talen\\nNederlands (moedertaal)|Nederlands|C1|MATCHED",
            "Languages\\nDutch (native), English (C1)|Nederlands|C2|MATCHED",
            "Languages\\nDutch B1, English C1|Dutch|B2|PARTIAL",
            "Talen: Engels vloeiend, Duits basis|English|C1|MATCHED",
            "Talen: Engels vloeiend, Duits basis|Duits|B1|PARTIAL",
            "I am fluent in Dutch|Dutch|C1|MATCHED",
            "Talen\\nFrans|Frans|B1|PARTIAL",
            "Talen\\nFrans|Frans||MATCHED",
            "Talen\\nDuits (B2)|Spaans|A2|MISSING"})
    void languagesAreComparedOnTheCefrScaleWithNativeOnTop(String cv, String label, String level,
            MatchStatus expected) {
        assertThat(only(cv.replace("\\n", "\n"), language(label, level)).status()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Opleiding\\nHBO Bedrijfskunde|hbo|MATCHED",
            "Opleiding\\nMBO-4 ICT|hbo|PARTIAL",
            "Education\\nMSc Computer Science, University of Amsterdam|bachelor|MATCHED",
            "Education\\nBachelor of Nursing|master|PARTIAL",
            "Opleiding\\nWO Rechten|hbo/wo|MATCHED",
            "Education\\nPhD in Physics|master|MATCHED",
            "Werkervaring\\nScrum Master bij X\\nOpleiding\\nMBO Administratie|master|PARTIAL",
            "Werkervaring\\nScrum master|hbo|MISSING"})
    void educationLevelsAreComparedInTheDocumentedOrder(String cv, String level, MatchStatus expected) {
        assertThat(only(cv.replace("\\n", "\n"), education(level)).status()).isEqualTo(expected);
    }

    @Test
    void theScoreWeighsRequirementsAndCountsPartialAsHalf() {
        VacancyRequirements requirements = new VacancyRequirements(1, List.of(
                requirement(1, RequirementKind.SKILL, "Java", List.of(), null, null, true, 6),
                requirement(2, RequirementKind.LANGUAGE, "Dutch", List.of(), null, "C1", false, 3),
                requirement(3, RequirementKind.SKILL, "Go", List.of(), null, null, false, 1)), List.of());

        MatchResult result = matcher.match("Java\nLanguages\nDutch B2", requirements, Map.of(), REFERENCE_DATE);

        // (6 x 1 + 3 x 0.5 + 1 x 0) / 10 = 75 %
        assertThat(result.score()).isEqualTo(75);
        assertThat(result.matches()).extracting(RequirementMatch::contribution)
                .containsExactly(new BigDecimal("60.00"), new BigDecimal("15.00"), new BigDecimal("0.00"));
        assertThat(result.mustHaveMissing()).isFalse();
    }

    @Test
    void aMissingMustHaveIsFlaggedButAPartialMustHaveIsNot() {
        VacancyRequirements requirements = new VacancyRequirements(1, List.of(
                requirement(1, RequirementKind.SKILL, "Java", List.of(), 5, null, true, 1),
                requirement(2, RequirementKind.CERTIFICATE, "BIG-registratie", List.of(), null, null, true, 1)),
                List.of());

        MatchResult partialOnly = matcher.match("Vaardigheden: Java, BIG registration", requirements, Map.of(),
                REFERENCE_DATE);
        MatchResult missing = matcher.match("Vaardigheden: Java", requirements, Map.of(), REFERENCE_DATE);

        assertThat(partialOnly.matches().get(0).status()).isEqualTo(MatchStatus.PARTIAL);
        assertThat(partialOnly.mustHaveMissing()).isFalse();
        assertThat(missing.mustHaveMissing()).isTrue();
        assertThat(missing.score()).isEqualTo(25);
    }

    @Test
    void aVacancyWithoutRequirementsIsNotScored() {
        assertThat(matcher.match("Java", VacancyRequirements.none(), Map.of(), REFERENCE_DATE).score()).isNull();
    }

    @Test
    void aKnockoutFailsWhenAnAnswerDiffersOrIsMissing() {
        UUID permit = UUID.randomUUID();
        UUID licence = UUID.randomUUID();
        VacancyRequirements requirements = new VacancyRequirements(1, List.of(), List.of(
                new KnockoutQuestion(permit, "Work permit?", "Werkvergunning?", true),
                new KnockoutQuestion(licence, "Criminal record?", "Strafblad?", false)));

        assertThat(matcher.match("", requirements, Map.of(permit, true, licence, false), REFERENCE_DATE)
                .knockoutFailed()).isFalse();
        assertThat(matcher.match("", requirements, Map.of(permit, false, licence, false), REFERENCE_DATE)
                .knockoutFailed()).isTrue();
        assertThat(matcher.match("", requirements, Map.of(permit, true), REFERENCE_DATE).knockoutFailed()).isTrue();
    }

    @Test
    void theDutchAndEnglishFixtureCvsMeetTheVacancyTheSameWay() {
        MatchResult dutch = matcher.match(CvFixtures.dutchCv(CvFixtures.JAN), CvFixtures.developerVacancy(),
                CvFixtures.allYes(), REFERENCE_DATE);
        MatchResult english = matcher.match(CvFixtures.englishCv(CvFixtures.JAN), CvFixtures.developerVacancy(),
                CvFixtures.allYes(), REFERENCE_DATE);

        assertThat(dutch.matches()).extracting(RequirementMatch::status).containsExactly(
                MatchStatus.MATCHED, MatchStatus.MATCHED, MatchStatus.PARTIAL, MatchStatus.MISSING,
                MatchStatus.MATCHED, MatchStatus.MATCHED, MatchStatus.MATCHED, MatchStatus.MISSING,
                MatchStatus.MATCHED, MatchStatus.MATCHED, MatchStatus.MATCHED, MatchStatus.MATCHED,
                MatchStatus.MISSING, MatchStatus.MATCHED, MatchStatus.MATCHED);
        assertThat(english.matches()).extracting(RequirementMatch::status)
                .isEqualTo(dutch.matches().stream().map(RequirementMatch::status).toList());
        assertThat(dutch.matches().get(0).yearsFound()).isEqualByComparingTo("10.5");
        assertThat(dutch.matches().get(9).yearsFound()).isEqualByComparingTo("11.1");
        assertThat(english.score()).isEqualTo(dutch.score()).isEqualTo(85);
    }

    @Test
    void theSameInputGivesAnEqualResult() {
        String cv = CvFixtures.englishCv(CvFixtures.JAN);

        MatchResult first = matcher.match(cv, CvFixtures.developerVacancy(), CvFixtures.allYes(), REFERENCE_DATE);
        MatchResult second = new CvMatcher().match(cv, CvFixtures.developerVacancy(), CvFixtures.allYes(),
                REFERENCE_DATE);

        assertThat(second).isEqualTo(first);
    }
}
