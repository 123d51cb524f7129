package nl.werving.screening;

import static nl.werving.screening.CvFixtures.JAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.werving.screening.CvFixtures.Person;
import nl.werving.screening.matching.CvMatcher;
import nl.werving.screening.matching.MatchResult;
import nl.werving.screening.matching.RequirementMatch;
import nl.werving.screening.redaction.ProtectedAttributeRedactor;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The counterfactual fairness suite: variants of one realistic CV, in Dutch and in English, that differ only in
 * protected attributes (name, gender words, age and date of birth, nationality, marital status, address) must get
 * the same score, the same status per requirement, the same must-have flag and the same recommendation from the
 * shipped screening decision table. The vacancy asks for French, which the CV lacks, so a nationality word like
 * "French" or "Franse" that slipped through redaction would change the outcome.
 */
class CounterfactualFairnessTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision SCREENING_DECISION = screeningDecision();

    private final ProtectedAttributeRedactor redactor = new ProtectedAttributeRedactor();
    private final CvMatcher matcher = new CvMatcher();

    record Outcome(Integer score, List<MatchStatus> statuses, boolean mustHaveMissing, String recommendation) {
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                variant("name: Mohammed El Amrani", name("Mohammed El Amrani", "m.elamrani@example.org", "+31 6 2345 6789")),
                variant("name: Agnieszka Kowalska", name("Agnieszka Kowalska", "agnieszka.k@example.org", "06 34567890")),
                variant("name: Chidi Okafor", name("Chidi Okafor", "chidi.okafor@example.org", "0612345679")),
                variant("name: Mei Chen", name("Mei Chen", "mei.chen@example.org", "06-98765432")),
                variant("name: Fatma Yılmaz", name("Fatma Yılmaz", "fatma.yilmaz@example.org", "010-1234567")),
                variant("name: Sophie Jansen", name("Sophie Jansen", "sophie@example.org", "06-11122233")),
                variant("she / zij", Map.of("heNl", "Zij", "hisNl", "haar", "heEn", "She", "hisEn", "her")),
                variant("age 24", Map.of("age", 24, "birthDate", "02-11-2000")),
                variant("age 61", Map.of("age", 61, "birthDate", "23-07-1963")),
                variant("birth date only", Map.of("birthDate", "01-01-1979")),
                variant("nationality: Moroccan", nationality("Marokkaanse", "Moroccan")),
                variant("nationality: Polish", nationality("Poolse", "Polish")),
                variant("nationality: Turkish", nationality("Turkse", "Turkish")),
                variant("nationality: Syrian", nationality("Syrische", "Syrian")),
                variant("nationality: German", nationality("Duitse", "German")),
                variant("nationality: French", nationality("Franse", "French")),
                variant("nationality: Nigerian", nationality("Nigeriaanse", "Nigerian")),
                variant("marital: divorced", Map.of("maritalNl", "gescheiden", "maritalEn", "divorced")),
                variant("marital: unmarried / widowed", Map.of("maritalNl", "ongehuwd", "maritalEn", "widowed")),
                variant("marital: living together / widower", Map.of("maritalNl", "samenwonend", "maritalEn", "widower")),
                variant("address: Groningen", Map.of("street", "Dorpsweg 3", "postcode", "9712 CP", "city", "Groningen")),
                variant("address: Rotterdam-Zuid", Map.of("street", "Putselaan 221", "postcode", "3074JB",
                        "city", "Rotterdam")),
                variant("combined: Agnieszka, she, 61, Polish, divorced, Groningen", combined(
                        name("Agnieszka Kowalska", "agnieszka.k@example.org", "06 34567890"),
                        Map.of("heNl", "Zij", "hisNl", "haar", "heEn", "She", "hisEn", "her"),
                        Map.of("age", 61, "birthDate", "23-07-1963"), nationality("Poolse", "Polish"),
                        Map.of("maritalNl", "gescheiden", "maritalEn", "divorced"),
                        Map.of("street", "Dorpsweg 3", "postcode", "9712 CP", "city", "Groningen"))),
                variant("combined: Chidi, 24, French, unmarried, Rotterdam", combined(
                        name("Chidi Okafor", "chidi.okafor@example.org", "0612345679"),
                        Map.of("age", 24, "birthDate", "02-11-2000"), nationality("Franse", "French"),
                        Map.of("maritalNl", "ongehuwd", "maritalEn", "widowed"),
                        Map.of("street", "Putselaan 221", "postcode", "3074JB", "city", "Rotterdam"))),
                variant("combined: Mei, she, 45, Chinese, married", combined(
                        name("Mei Chen", "mei.chen@example.org", "06-98765432"),
                        Map.of("heNl", "Zij", "hisNl", "haar", "heEn", "She", "hisEn", "her"),
                        nationality("Chinese", "Chinese"), Map.of("maritalNl", "getrouwd", "maritalEn", "married"))));
    }

    @ParameterizedTest(name = "Dutch CV, {0}")
    @MethodSource("variants")
    void aDutchCvVariantDifferingOnlyInProtectedAttributesGetsTheSameOutcome(String description, Person variant) {
        assertThat(outcome(CvFixtures::dutchCv, variant)).isEqualTo(outcome(CvFixtures::dutchCv, JAN));
    }

    @ParameterizedTest(name = "English CV, {0}")
    @MethodSource("variants")
    void anEnglishCvVariantDifferingOnlyInProtectedAttributesGetsTheSameOutcome(String description, Person variant) {
        assertThat(outcome(CvFixtures::englishCv, variant)).isEqualTo(outcome(CvFixtures::englishCv, JAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theVariantsReallyDifferBeforeRedaction(String description, Person variant) {
        assertThat(CvFixtures.dutchCv(variant)).isNotEqualTo(CvFixtures.dutchCv(JAN));
        assertThat(CvFixtures.englishCv(variant)).isNotEqualTo(CvFixtures.englishCv(JAN));
    }

    @org.junit.jupiter.api.Test
    void withoutRedactionTheSuiteWouldNoticeANationalityThatNamesALanguage() {
        Person french = JAN.with(nationality("Franse", "French"));
        MatchResult unredacted = matcher.match(CvFixtures.englishCv(french), CvFixtures.developerVacancy(),
                CvFixtures.allYes(), CvFixtures.REFERENCE_DATE);
        MatchResult baseline = matcher.match(redactor.redact(CvFixtures.englishCv(JAN), JAN.details()),
                CvFixtures.developerVacancy(), CvFixtures.allYes(), CvFixtures.REFERENCE_DATE);

        assertThat(unredacted.score()).isNotEqualTo(baseline.score());
    }

    private Outcome outcome(Function<Person, String> cv, Person person) {
        String redacted = redactor.redact(cv.apply(person), person.details());
        MatchResult result = matcher.match(redacted, CvFixtures.developerVacancy(), CvFixtures.allYes(),
                CvFixtures.REFERENCE_DATE);
        Map<String, Object> variables = new HashMap<>();
        variables.put("automationAllowed", true);
        variables.put("knockoutFailed", result.knockoutFailed());
        variables.put("mustHaveMissing", result.mustHaveMissing());
        variables.put("screeningScore", result.score());
        String recommendation = DMN.evaluateDecisionTable(SCREENING_DECISION, variables).getSingleResult()
                .getEntry("recommendation");
        return new Outcome(result.score(), result.matches().stream().map(RequirementMatch::status).toList(),
                result.mustHaveMissing(), recommendation);
    }

    private static Arguments variant(String description, Map<String, Object> changes) {
        return arguments(description, JAN.with(changes));
    }

    private static Map<String, Object> name(String fullName, String email, String phone) {
        return Map.of("fullName", fullName, "email", email, "phone", phone);
    }

    private static Map<String, Object> nationality(String dutch, String english) {
        return Map.of("nationalityNl", dutch, "nationalityAdjectiveNl", dutch, "nationalityEn", english);
    }

    @SafeVarargs
    private static Map<String, Object> combined(Map<String, Object>... changes) {
        Map<String, Object> all = new HashMap<>();
        for (Map<String, Object> change : changes) {
            all.putAll(change);
        }
        return all;
    }

    private static DmnDecision screeningDecision() {
        try (InputStream model = CounterfactualFairnessTests.class.getResourceAsStream(
                "/processes/ScreeningDecision.dmn")) {
            return DMN.parseDecision("ScreeningDecision", model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
