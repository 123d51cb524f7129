package nl.werving.screening.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProtectedAttributeRedactorTests {

    private static final PersonalDetails JAN = new PersonalDetails("Jan de Vries", "jan.devries@example.org",
            "06-12345678");
    private final ProtectedAttributeRedactor redactor = new ProtectedAttributeRedactor();

    private String redact(String text) {
        return redactor.redact(text, JAN);
    }

    @Test
    void theRedactedTextKeepsItsLengthAndLineBreaksSoPositionsStayValid() {
        String cv = "Jan de Vries\nKerkstraat 12\n3511 AB Utrecht\nJava developer since 2015";

        String redacted = redact(cv);

        assertThat(redacted).hasSameSizeAs(cv);
        assertThat(redacted.chars().filter(c -> c == '\n').count()).isEqualTo(3);
        assertThat(redacted.indexOf("Java developer")).isEqualTo(cv.indexOf("Java developer"));
    }

    @Test
    void theApplicantsOwnNameEmailAndPhoneAreRemovedWhereverTheyAppear() {
        String redacted = redact("""
                Jan de Vries
                Contact: jan.devries@example.org, +31 6 1234 5678
                Jan werkte bij De Vries Installatietechniek. Bel 06 12 34 56 78.
                """);

        assertThat(redacted).doesNotContainIgnoringCase("jan").doesNotContain("Vries")
                .doesNotContain("example.org").doesNotContain("5678").doesNotContain("56 78")
                .contains("Installatietechniek");
    }

    @Test
    void aFirstNameThatIsAlsoAMonthKeepsTheMonthOfADate() {
        String cv = "Jan Chen\njan 2019 – heden: developer\nMei Chen\nmei 2020 - present";

        String jan = redactor.redact(cv, new PersonalDetails("Jan Chen", "j@example.org", null));
        String mei = redactor.redact(cv, new PersonalDetails("Mei Chen", "m@example.org", null));

        assertThat(jan).contains("jan 2019 – heden").doesNotContain("Jan Chen");
        assertThat(mei).contains("mei 2020 - present").doesNotContain("Mei Chen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"geboren 12-03-1990", "Geboren op 4 mei 1979 te Rotterdam", "born on 4 May 1979",
            "Born 1990", "Geboortedatum: 12-03-1990", "Date of birth: 12/03/1990", "age 34", "Age: 61",
            "leeftijd 45 jaar", "ik ben 34 jaar.", "34 jaar oud", "34 years old", "a 24-year-old developer",
            "een 61-jarige"})
    void datesOfBirthAndAgesAreRemoved(String text) {
        String redacted = redact("Profiel\n" + text + "\n");

        assertThat(redacted.replaceAll("[^0-9]", "")).isEmpty();
    }

    @Test
    void yearsOfExperienceAreNotMistakenForAnAge() {
        assertThat(redact("Ruim 15 jaar ervaring met Java; 20 jaar werkzaam als verpleegkundige"))
                .contains("15 jaar ervaring").contains("20 jaar werkzaam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he", "She", "him", "her", "his", "hers", "hij", "Zij", "hem", "haar", "man", "vrouw",
            "male", "Female", "meneer", "mevrouw", "Mr", "Mrs.", "Ms", "Dhr.", "Mevr."})
    void genderWordsAndTitlesAreRemoved(String word) {
        assertThat(redact("x " + word + " y")).isEqualTo("x " + "\u2588".repeat(word.length()) + " y");
    }

    @Test
    void msOfficeIsASkillNotATitle() {
        assertThat(redact("Kennis van MS Office en MS Excel")).contains("MS Office").contains("MS Excel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nationaliteit: Marokkaanse", "Nationality: Dutch", "nationality: Syrian / Dutch"})
    void labelledNationalityLinesAreRemovedWhateverTheySay(String line) {
        String redacted = redact(line);

        assertThat(redacted.substring(redacted.indexOf(':') + 1)).matches("\u2588+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dutch", "Moroccan", "Turkish", "Syrian", "Polish", "German", "Nederlandse",
            "Marokkaanse", "Turkse", "Syrische", "Poolse", "Duitse", "Oekraïense"})
    void nationalityWordsInRunningTextAreRemoved(String word) {
        assertThat(redact("Een " + word + " ontwikkelaar, a " + word + " developer"))
                .doesNotContain(word);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dutch C1, German B2|Dutch C1, German B2",
            "Dutch (native)|Dutch (native)",
            "Turkish - moedertaal|Turkish - moedertaal",
            "Polish: fluent|Polish: fluent",
            "I speak German and am fluent in Dutch|I speak German and am fluent in Dutch"})
    void aNationalityWordFollowedByALevelOrAfterASpeakingWordIsALanguageAndStays(String text, String expected) {
        assertThat(redact("Profile\n" + text)).isEqualTo("Profile\n" + expected);
    }

    @Test
    void inTheLanguageSectionLanguageNamesStayEvenWithoutALevel() {
        String cv = "Talen\nNederlands, Engels\nLanguages\nDutch, German, Turkish\n\nSkills\nJava";

        assertThat(redact(cv)).isEqualTo(cv);
    }

    @Test
    void dutchLanguageNamesAreNotNationalities() {
        assertThat(redact("Ik spreek Nederlands, Duits en Turks")).contains("Nederlands").contains("Duits")
                .contains("Turks");
    }

    @Test
    void aNationalityOutsideTheLanguageContextIsRemovedEvenWithALevelLaterOnTheLine() {
        assertThat(redact("I am Dutch, fluent in English")).doesNotContain("Dutch").contains("English");
    }

    @ParameterizedTest
    @ValueSource(strings = {"married", "divorced", "gehuwd", "getrouwd", "ongehuwd", "gescheiden", "samenwonend",
            "weduwe"})
    void maritalStatusIsRemoved(String word) {
        assertThat(redact("Ik ben " + word + ", met 2 kinderen")).doesNotContain(word).doesNotContain("kinderen");
    }

    @Test
    void singleIsOnlyMaritalStatusOnALabelledLine() {
        assertThat(redact("Marital status: single\nSingle sign-on and single-page applications"))
                .startsWith("Marital status:\u2588").contains("Single sign-on").contains("single-page");
    }

    @Test
    void addressesAndPostcodesAreRemoved() {
        String redacted = redact("""
                Adres: Dorpsweg 3, 1234 AB Ergens
                Kerkstraat 12a
                3511 AB Utrecht
                221 Baker Street
                Werkervaring
                2015 - 2019 IT consultant bij Capgemini
                2019 HR-adviseur
                """);

        assertThat(redacted).doesNotContain("Dorpsweg").doesNotContain("Kerkstraat").doesNotContain("3511")
                .doesNotContain("Utrecht").doesNotContain("Baker").contains("2015 - 2019 IT consultant")
                .contains("2019 HR-adviseur");
    }

    @Test
    void withoutKnownDetailsOnlyThePatternRulesApply() {
        String redacted = redactor.redact("Sam Smith\nsam@example.org\n+31 20 123 4567\nJava", PersonalDetails.unknown());

        assertThat(redacted).startsWith("Sam Smith\n").doesNotContain("example.org").doesNotContain("4567")
                .endsWith("Java");
    }

    @Test
    void anEmptyTextStaysEmpty() {
        assertThat(redact("")).isEmpty();
    }
}
