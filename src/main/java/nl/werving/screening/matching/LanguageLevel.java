package nl.werving.screening.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language levels on the CEFR scale, with "native" above C2. Words map to levels as follows (Dutch and English):
 * native/moedertaal/mother tongue/first language = NATIVE; near-native/bijna moedertaal = C2;
 * vloeiend/fluent/uitstekend/excellent/zeer goed/very good/advanced/gevorderd = C1; goed/good/business = B2;
 * redelijk/reasonable/intermediate/conversational/voldoende = B1; basis/basic/elementary/beginner = A2.
 */
enum LanguageLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    private static final Map<String, LanguageLevel> WORDS = Map.ofEntries(
            Map.entry("native speaker", NATIVE), Map.entry("native", NATIVE), Map.entry("moedertaal", NATIVE),
            Map.entry("mother tongue", NATIVE), Map.entry("first language", NATIVE), Map.entry("eerste taal", NATIVE),
            Map.entry("near-native", C2), Map.entry("near native", C2), Map.entry("bijna moedertaal", C2),
            Map.entry("vloeiend", C1), Map.entry("fluent", C1), Map.entry("fluently", C1),
            Map.entry("uitstekend", C1), Map.entry("excellent", C1), Map.entry("zeer goed", C1),
            Map.entry("very good", C1), Map.entry("advanced", C1), Map.entry("gevorderd", C1),
            Map.entry("goed", B2), Map.entry("good", B2), Map.entry("business", B2),
            Map.entry("redelijk", B1), Map.entry("reasonable", B1), Map.entry("intermediate", B1),
            Map.entry("conversational", B1), Map.entry("voldoende", B1),
            Map.entry("basis", A2), Map.entry("basic", A2), Map.entry("elementary", A2), Map.entry("beginner", A2));

    private static final Pattern TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])([abc][12]|" + String.join("|",
            WORDS.keySet().stream().sorted((a, b) -> Integer.compare(b.length(), a.length()))
                    .map(word -> word.replace(" ", "\\s+")).toList()) + ")(?![\\p{L}\\p{N}])");

    /** The first level named in a folded text, with where it was found. */
    static Optional<Found> firstIn(String folded) {
        Matcher matcher = TOKEN.matcher(folded);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new Found(parseToken(matcher.group(1)), matcher.start(), matcher.end()));
    }

    /** The lowest level named in a requirement's level text ("B2", "C1/C2", "vloeiend", "native"). */
    static Optional<LanguageLevel> parse(String level) {
        if (level == null || level.isBlank()) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(nl.werving.screening.text.Folding.fold(level));
        LanguageLevel lowest = null;
        while (matcher.find()) {
            LanguageLevel found = parseToken(matcher.group(1));
            if (lowest == null || found.compareTo(lowest) < 0) {
                lowest = found;
            }
        }
        return Optional.ofNullable(lowest);
    }

    private static LanguageLevel parseToken(String token) {
        String normalised = token.replaceAll("\\s+", " ");
        if (normalised.matches("[abc][12]")) {
            return valueOf(normalised.toUpperCase(Locale.ROOT));
        }
        return WORDS.get(normalised);
    }

    /** How a level is written in explanations. */
    String label() {
        return this == NATIVE ? "native" : name();
    }

    record Found(LanguageLevel level, int start, int end) {
    }

    static List<LanguageLevel> ordered() {
        return List.of(values());
    }
}
