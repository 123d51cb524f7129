package nl.werving.screening.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.werving.screening.CvFixtures;
import nl.werving.screening.CvFixtures.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The redactor tries each pattern only where a match can start and tokenises the text once; these tests hold it
 * to the result of the plain one-pass-per-rule version ({@link RuleByRuleRedactor}), character for character.
 */
class ProtectedAttributeRedactorEquivalenceTests {

    private static final List<PersonalDetails> PEOPLE = List.of(CvFixtures.JAN.details(),
            new PersonalDetails("Mohammed El Amrani", "m.elamrani@example.org", "+31 6 2345 6789"),
            new PersonalDetails("Mei Chen", "mei.chen@example.org", "06-98765432"),
            new PersonalDetails("Fatma Yılmaz", "fatma.yilmaz@example.org", "010-1234567"),
            new PersonalDetails("-Jan", " ", "12"), PersonalDetails.unknown());

    /** Pieces that trigger, nearly trigger or border on every rule, in Dutch and English. */
    private static final List<String> PIECES = List.of("Jan", "jan", "de Vries", "Vries", "Mei", "mei 2020",
            "jan 2019 – heden", "Chen", "El Amrani", "Yılmaz", "jan.devries@example.org", "a@b.com@c.org",
            ".+x@y.org", "x@y", "@", "+31 6 1234 5678", "+31 (0)6-12345678", "0612345678", "06 12 34 56 78",
            "06-12345678", "010-1234567", "2015-06-12345678", "linkedin.com/in/jan", "https://www.x.com/jan",
            "geboren 12-03-1990", "Geboren op 4 mei 1979 te Rotterdam", "born on 4 May 1979", "geb. 1980",
            "Age: 61", "aged 45", "leeftijd 45 jaar", "34 jaar oud", "34 years old", "a 24-year-old", "61-jarige",
            "34 jaar.", "34\njaar", "15 jaar ervaring", "20 jaar werkzaam", "5 jr.", "He", "she", "her", "Zij",
            "haar", "Mr", "Mrs.", "MS Office", "Ms", "Dhr.", "dhr. Jansen", "mevr", "Mej.", "mw. Bakker", "MISS", "Mx", "Dutch", "Dutch C1", "German (B2)",
            "fluent in Dutch", "I speak German", "Nederlandse", "Oekraïense", "cape verdean", "cape\tverdean",
            "cape\u2003verdean", "south african", "zuid-afrikaanse", "partner van", "married", "single", "gehuwd",
            "2 kinderen", "twee kinderen", "three kids", "Kerkstraat 12a", "Dorpsweg 3", "221 Baker Street",
            "Baker Street 221B", "3511 AB Utrecht", "3511AB", "9712 CP Groningen", "1234 IT", "2015 - 2019",
            "2019 HR-adviseur", "–3511 AB", "Nationaliteit: Marokkaanse", "Address: Dorpsweg 3", "Talen:",
            "Languages", "Talen", "Profiel", "Werkervaring", "Skills", "Java", "Spring Boot", "SQL", "Ümit",
            "Ørsted", "Élodie", "\u0130stanbul", "\ud835\udc00bc", "\u2028", "\u0085", "\r\n", "\n", " ", ", ",
            "; ", " - ", ": ", "(", ")", "\u2022 ", "12", "1990", "4", "0");

    static Stream<Person> fixturePeople() {
        return Stream.of(CvFixtures.JAN,
                CvFixtures.JAN.with(Map.of("fullName", "Agnieszka Kowalska", "email", "agnieszka.k@example.org",
                        "phone", "06 34567890", "heNl", "Zij", "hisNl", "haar", "heEn", "She", "hisEn", "her",
                        "nationalityNl", "Poolse", "nationalityAdjectiveNl", "Poolse", "nationalityEn", "Polish")),
                CvFixtures.JAN.with(Map.of("fullName", "Chidi Okafor", "age", 24, "birthDate", "02-11-2000",
                        "street", "Putselaan 221", "postcode", "3074JB", "city", "Rotterdam")));
    }

    @ParameterizedTest
    @MethodSource("fixturePeople")
    void theFixtureCvsAreRedactedExactlyAsRuleByRule(Person person) {
        for (String cv : List.of(CvFixtures.dutchCv(person), CvFixtures.englishCv(person))) {
            assertSame(cv, person.details());
            assertSame(cv, CvFixtures.JAN.details());
        }
    }

    @Test
    void generatedTextsAreRedactedExactlyAsRuleByRule() {
        Random random = new Random(20251126L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(25);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                if (random.nextInt(3) > 0) {
                    text.append(random.nextBoolean() ? ' ' : '\n');
                }
            }
            assertSame(text.toString(), PEOPLE.get(random.nextInt(PEOPLE.size())));
        }
    }

    @Test
    void everyPieceOnItsOwnIsRedactedExactlyAsRuleByRule() {
        List<String> texts = new ArrayList<>(PIECES);
        PIECES.forEach(piece -> texts.add("x " + piece + " y"));
        for (String text : texts) {
            for (PersonalDetails person : PEOPLE) {
                assertSame(text, person);
            }
        }
    }

    private static void assertSame(String text, PersonalDetails person) {
        assertThat(new ProtectedAttributeRedactor().redact(text, person))
                .as("redaction of %s", text.replace("\n", "\\n"))
                .isEqualTo(new RuleByRuleRedactor().redact(text, person));
    }
}
