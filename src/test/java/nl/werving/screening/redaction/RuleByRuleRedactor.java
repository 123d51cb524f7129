package nl.werving.screening.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.screening.text.CvLayout;
import nl.werving.screening.text.Folding;
import nl.werving.screening.text.Section;

/**
 * The redactor as first written: one regular-expression pass per rule over the whole text, and each word list
 * looked up on its own tokenisation. Kept as the reference that {@link ProtectedAttributeRedactor}, which tries
 * each pattern only where a match can start and tokenises once, must agree with character for character.
 */
final class RuleByRuleRedactor {

    /** Replaces every character of a removed passage. */
    static final char FILLER = '\u2588';

    /** Nationality words removed, in Dutch and English (folded: lower case, no accents). */
    static final List<String> NATIONALITIES = List.of(
            // English adjectives and nouns
            "dutch", "dutchman", "dutchwoman", "moroccan", "turkish", "syrian", "polish", "german", "belgian",
            "surinamese", "chinese", "indian", "french", "spanish", "italian", "british", "english", "american",
            "nigerian", "eritrean", "ukrainian", "romanian", "bulgarian", "portuguese", "greek", "afghan", "iranian",
            "iraqi", "somali", "somalian", "antillean", "cape verdean", "indonesian", "ghanaian", "egyptian",
            "ethiopian", "russian", "hungarian", "czech", "slovak", "croatian", "serbian", "bosnian", "albanian",
            "kurdish", "pakistani", "bangladeshi", "filipino", "vietnamese", "japanese", "korean", "brazilian",
            "colombian", "venezuelan", "mexican", "irish", "scottish", "swedish", "norwegian", "danish", "finnish",
            "lithuanian", "latvian", "estonian", "tunisian", "algerian", "turk", "moroccans", "arab",
            "israeli", "palestinian", "lebanese", "yemeni", "sudanese", "kenyan", "south african",
            "aruban", "curacaoan", "caribbean", "asian", "african", "european",
            // Dutch adjectives and nouns (adjectives end in -e; the language names are not listed)
            "nederlandse", "nederlander", "marokkaanse", "marokkaan", "turkse", "syrische", "syrier", "poolse",
            "duitse", "duitser", "belgische", "belg", "surinaamse", "surinamer", "chinese", "indiase", "hindoestaanse",
            "franse", "fransman", "spaanse", "italiaanse", "britse", "engelse", "amerikaanse", "nigeriaanse",
            "eritrese", "eritreeer", "oekraiense", "oekrainer", "roemeense", "roemeen", "bulgaarse", "bulgaar",
            "portugese", "griekse", "afghaanse", "iraanse", "iraakse", "somalische", "antilliaanse", "antilliaan",
            "kaapverdische", "indonesische", "indische", "ghanese", "egyptische", "ethiopische", "russische",
            "hongaarse", "tsjechische", "slowaakse", "kroatische", "servische", "bosnische", "albanese",
            "koerdische", "pakistaanse", "bengaalse", "filipijnse", "vietnamese", "japanse", "koreaanse",
            "braziliaanse", "colombiaanse", "venezolaanse", "mexicaanse", "ierse", "schotse", "zweedse", "noorse",
            "deense", "finse", "litouwse", "letse", "estse", "tunesische", "algerijnse", "arabische", "israelische",
            "palestijnse", "libanese", "jemenitische", "soedanese", "keniaanse", "zuid-afrikaanse", "arubaanse",
            "curacaose", "caribische", "aziatische", "afrikaanse", "europese", "allochtoon", "allochtone",
            "autochtoon", "autochtone", "migratieachtergrond", "immigrant", "immigrante", "asielzoeker",
            "statushouder", "vluchteling", "refugee");

    private static final List<String> GENDER_WORDS = List.of("he", "she", "him", "her", "his", "hers", "himself",
            "herself", "hij", "zij", "ze", "hem", "haar", "man", "vrouw", "male", "female", "woman", "mannelijk",
            "vrouwelijk", "husband", "wife", "father", "mother", "echtgenoot", "echtgenote", "vader", "moeder",
            "meneer", "mijnheer", "mevrouw", "heer", "jongeman", "jongedame", "gender", "geslacht");

    private static final List<String> MARITAL_WORDS = List.of("married", "divorced", "widowed", "widow", "widower",
            "gehuwd", "getrouwd", "ongehuwd", "gescheiden", "samenwonend", "samenwonende", "alleenstaand",
            "alleenstaande", "weduwe", "weduwnaar", "verloofd", "partner van");

    private static final List<String> LABELS = List.of("naam", "name", "full name", "volledige naam", "voornaam",
            "achternaam", "first name", "last name", "surname", "adres", "address", "woonadres", "home address",
            "straat", "street", "postcode", "zip code", "zip", "postal code", "woonplaats", "residence",
            "place of residence", "city", "plaats", "location", "locatie", "geboortedatum", "date of birth", "dob",
            "birth date", "birthdate", "born", "geboren", "geboorteplaats", "place of birth", "birthplace",
            "leeftijd", "age", "geslacht", "gender", "sex", "nationaliteit", "nationality", "nationalities",
            "nationaliteiten", "burgerlijke staat", "marital status", "civil status", "relationship status",
            "telefoon", "telefoonnummer", "tel", "phone", "mobile", "mobiel", "telephone", "gsm", "e-mail", "email",
            "mail", "linkedin", "kinderen", "children", "religie", "religion", "geloof", "photo", "foto");

    private static final String LEVEL_WORDS = "[abc][12]|native|moedertaal|mother tongue|first language|"
            + "vloeiend|fluent|fluently|goed|good|very good|zeer goed|uitstekend|excellent|basis|basic|redelijk|"
            + "reasonable|intermediate|beginner|advanced|gevorderd|business|professional|conversational|"
            + "elementary|proficient|proficiency|working|limited|spoken|written|mondeling|schriftelijk|niveau|level";

    private static final Pattern LABEL_LINE = Pattern.compile("^[\\s\\-*\\u2022]*(" + alternation(LABELS)
            + ")\\s*:", Pattern.MULTILINE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+(\\.[\\w\\-]+)+");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "\\+\\d{1,3}[\\s.\\-]?(\\(0\\)[\\s.\\-]?)?\\d(?:[\\s.\\-]?\\d){6,11}");
    private static final Pattern NATIONAL_PHONE = Pattern.compile("(?<![\\d\\-/.])0\\d(?:[\\s.\\-]?\\d){7,8}(?!\\d)");
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(https?://)?(www\\.)?(linkedin|facebook|instagram|twitter|x)\\.com/\\S*");
    private static final String DATE = "(\\d{1,2}[\\-/.]\\d{1,2}[\\-/.]\\d{2,4}|\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4}"
            + "|\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4})";
    private static final Pattern BIRTH = Pattern.compile("\\b(geboren|born|geb\\.)(\\s+(op|on|in))?\\s*:?\\s*"
            + DATE + "(\\s+(te|in)\\s+\\p{L}[\\p{L}'\\-]*(\\s+\\p{L}[\\p{L}'\\-]*)?)?");
    private static final Pattern AGE_LABELLED = Pattern.compile(
            "\\b(leeftijd|age|aged)\\s*:?\\s*\\d{1,3}(\\s*(jaar|years?)(\\s+(old|oud))?)?\\b");
    private static final Pattern AGE_OLD = Pattern.compile(
            "\\b\\d{1,3}\\s*(jaar oud|years old|yrs old|jr\\.?(?=\\s|$|,))|\\b\\d{1,3}[\\- ]?jarige?\\b"
                    + "|\\b\\d{1,3}[\\- ]years?[\\- ]old\\b");
    private static final Pattern AGE_YEARS = Pattern.compile("\\b(1[5-9]|[2-9]\\d)\\s+jaar\\b(?!\\s+(ervaring|"
            + "werkervaring|relevante|werk|in|als|bij|met|lang|gewerkt|actief|voor|binnen|op|de|het|aan|ruime|"
            + "ervaren))");
    private static final OldWords GENDER = new OldWords(GENDER_WORDS);
    private static final Pattern TITLE = Pattern.compile(
            "\\b(Mr|MR|Mrs|MRS|Ms|Miss|MISS|Mx|Dhr|DHR|dhr|Mevr|MEVR|mevr|Mw|mw|Mej|mej)\\b\\.?");
    private static final OldWords NATIONALITY = new OldWords(NATIONALITIES);
    private static final OldWords MARITAL = new OldWords(MARITAL_WORDS);
    private static final Pattern CHILDREN = Pattern.compile("\\b(\\d+|een|twee|drie|vier|vijf|one|two|three|four"
            + "|five)\\s+(kinderen|kind|children|child|kids|zoons?|dochters?|sons?|daughters?)\\b");
    private static final Pattern LEVEL_AFTER = Pattern.compile("^[\\s:(\\-]*(" + LEVEL_WORDS + ")\\b");
    private static final Pattern LANGUAGE_WORD_BEFORE = Pattern.compile("\\b(" + LEVEL_WORDS
            + "|spreek|spreekt|speak|speaks|speaking|spreken|taal|language|in het)\\s+(in\\s+)?$");
    private static final Pattern POSTCODE = Pattern.compile(
            "(?<![\\d\\-/.])\\b([1-9]\\d{3}) ?([A-Z]{2})\\b(?![\\-/&])");
    private static final Set<String> NOT_POSTCODE_LETTERS = Set.of("SA", "SD", "SS", "IT", "HR", "QA", "UX", "UI",
            "BI", "AI", "ML", "PM", "CV", "BV", "NV", "VS", "US", "UK", "EU", "PR", "VR", "AR", "OS", "DB", "CI",
            "CD", "GP", "MT", "BA", "MA", "MS", "PC", "TV", "KM", "SQ", "JS", "CX", "HQ", "EN", "NL", "BE", "DE",
            "FR", "OR", "AND", "TO", "IN", "ON", "AT", "OF", "AM", "PO");
    private static final Pattern PLACE_AFTER_POSTCODE = Pattern.compile("^(\\s+\\p{Lu}[\\p{L}'\\-]*){1,3}");
    private static final Pattern STREET = Pattern.compile("\\b\\p{Lu}[\\p{L}'.\\-]*(straat|laan|weg|plein|gracht"
            + "|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|plantsoen|burgwal|wal|baan|erf|veld|straatweg)\\s+"
            + "\\d{1,5}(\\s?[a-zA-Z]\\b|[\\-\\s]?\\d{1,3}\\b)?"
            + "|\\b\\d{1,5}\\s+\\p{Lu}\\p{L}+\\s+(Street|St\\.|Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Close|Way)\\b"
            + "|\\b\\p{Lu}\\p{L}+\\s+(Street|Road|Avenue|Lane|Drive)\\s+\\d{1,5}[a-zA-Z]?\\b");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "der", "den", "het", "ten", "ter", "te",
            "la", "le", "el", "al", "bin", "ibn", "von", "du", "da", "di", "dos", "das", "del", "y", "t", "'t", "op",
            "in", "'s", "s", "ben", "bint", "abu", "mc", "st", "and", "en");
    private static final Pattern FOLLOWED_BY_NUMBER = Pattern.compile("^\\.?\\s*['\\u2019]?\\d");

    /**
     * The text with the protected attributes replaced by {@link #FILLER}, of the same length.
     *
     * @param person the applicant's own details, removed wherever they appear
     */
    String redact(String text, PersonalDetails person) {
        if (text.isEmpty()) {
            return text;
        }
        String folded = Folding.fold(text);
        CvLayout layout = CvLayout.of(text);
        boolean[] mask = new boolean[text.length()];

        labelledLines(folded, mask);
        if (folded.indexOf('@') >= 0) {
            all(EMAIL, folded, mask);
        }
        all(INTERNATIONAL_PHONE, folded, mask);
        all(NATIONAL_PHONE, folded, mask);
        if (folded.contains(".com/")) {
            all(PROFILE_LINK, folded, mask);
        }
        ownDetails(folded, person, mask);
        all(BIRTH, folded, mask);
        all(AGE_LABELLED, folded, mask);
        all(AGE_OLD, folded, mask);
        all(AGE_YEARS, folded, mask);
        all(GENDER, folded, mask);
        all(TITLE, text, mask);
        nationalities(folded, layout, mask);
        all(MARITAL, folded, mask);
        all(CHILDREN, folded, mask);
        postcodes(text, mask);
        all(STREET, text, mask);

        char[] redacted = text.toCharArray();
        for (int i = 0; i < redacted.length; i++) {
            if (mask[i] && redacted[i] != '\n' && redacted[i] != '\r') {
                redacted[i] = FILLER;
            }
        }
        return new String(redacted);
    }

    private static void labelledLines(String folded, boolean[] mask) {
        Matcher label = LABEL_LINE.matcher(folded);
        while (label.find()) {
            int end = folded.indexOf('\n', label.end());
            mark(mask, label.end(), end < 0 ? folded.length() : end);
        }
    }

    private static void ownDetails(String folded, PersonalDetails person, boolean[] mask) {
        if (person.email() != null && !person.email().isBlank()) {
            literal(folded, Folding.fold(person.email().trim()), mask);
        }
        if (person.phone() != null) {
            Pattern phone = phonePattern(person.phone());
            if (phone != null) {
                all(phone, folded, mask);
            }
        }
        if (person.fullName() != null && !person.fullName().isBlank()) {
            String name = Folding.fold(person.fullName().trim());
            List<String> parts = new ArrayList<>(List.of(name.split("[\\s\\-]+")));
            String phrase = String.join("[\\s\\-]+", parts.stream().map(Pattern::quote).toList());
            all(Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])"), folded, mask);
            for (String part : parts) {
                if (part.length() < 2 || NAME_PARTICLES.contains(part)) {
                    continue;
                }
                Matcher occurrence = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part)
                        + "(?![\\p{L}\\p{N}])").matcher(folded);
                while (occurrence.find()) {
                    String after = folded.substring(occurrence.end(),
                            Math.min(folded.length(), occurrence.end() + 4));
                    if (!FOLLOWED_BY_NUMBER.matcher(after).find()) {
                        mark(mask, occurrence.start(), occurrence.end());
                    }
                }
            }
        }
    }

    /** The applicant's phone number however it is written: with or without +31, spaces, dashes or dots. */
    static Pattern phonePattern(String phone) {
        String digits = phone.replaceAll("\\D", "");
        String core;
        if (digits.startsWith("0031")) {
            core = digits.substring(4);
        } else if (digits.startsWith("31") && phone.trim().startsWith("+")) {
            core = digits.substring(2);
        } else if (digits.startsWith("0")) {
            core = digits.substring(1);
        } else {
            core = digits;
        }
        if (core.length() < 6) {
            return null;
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < core.length(); i++) {
            if (i > 0) {
                body.append("[\\s.\\-]*");
            }
            body.append(core.charAt(i));
        }
        return Pattern.compile("(?<!\\d)(\\+\\s*\\d{1,3}\\s*(\\(0\\))?[\\s.\\-]*|00\\d{1,3}[\\s.\\-]*|0)?"
                + body + "(?!\\d)");
    }

    private static void nationalities(String folded, CvLayout layout, boolean[] mask) {
        for (int[] word : NATIONALITY.findIn(folded)) {
            CvLayout.Line line = layout.lineAt(word[0]);
            if (line.section() == Section.LANGUAGES) {
                continue;
            }
            String after = folded.substring(word[1], line.end());
            String before = folded.substring(Math.max(line.start(), word[0] - 30), word[0]);
            if (LEVEL_AFTER.matcher(after).find() || LANGUAGE_WORD_BEFORE.matcher(before).find()) {
                continue;
            }
            mark(mask, word[0], word[1]);
        }
    }

    private static void postcodes(String text, boolean[] mask) {
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            if (NOT_POSTCODE_LETTERS.contains(postcode.group(2))) {
                continue;
            }
            String before = text.substring(Math.max(0, postcode.start() - 3), postcode.start());
            if (before.matches(".*[\\-\\u2013\\u2014].*")) {
                continue;
            }
            int end = postcode.end();
            int lineEnd = text.indexOf('\n', end);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Matcher place = PLACE_AFTER_POSTCODE.matcher(text.substring(end, lineEnd));
            if (place.find()) {
                end += place.end();
            }
            mark(mask, postcode.start(), end);
        }
    }

    private static void all(Pattern pattern, String text, boolean[] mask) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            mark(mask, matcher.start(), matcher.end());
        }
    }

    private static void all(OldWords words, String folded, boolean[] mask) {
        for (int[] word : words.findIn(folded)) {
            mark(mask, word[0], word[1]);
        }
    }

    private static void literal(String folded, String value, boolean[] mask) {
        if (value.isEmpty()) {
            return;
        }
        for (int at = folded.indexOf(value); at >= 0; at = folded.indexOf(value, at + 1)) {
            mark(mask, at, at + value.length());
        }
    }

    private static void mark(boolean[] mask, int start, int end) {
        for (int i = start; i < end; i++) {
            mask[i] = true;
        }
    }

    private static String alternation(List<String> words) {
        return String.join("|", words.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(word -> Pattern.quote(word.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                .distinct()
                .toList());
    }

    /** The word look-up as first written: its own tokenisation per word list, phrases normalised by a regex. */
    private static final class OldWords {

        private final Set<String> entries;
        private final int longestPhrase;

        OldWords(List<String> entries) {
            this.entries = Set.copyOf(entries.stream().map(entry -> entry.trim().replaceAll("\\s+", " ")).toList());
            this.longestPhrase = this.entries.stream().mapToInt(entry -> entry.split(" ").length).max().orElse(1);
        }

        List<int[]> findIn(String folded) {
            List<int[]> tokens = new ArrayList<>();
            int i = 0;
            int length = folded.length();
            while (i < length) {
                if (Character.isLetterOrDigit(folded.charAt(i))) {
                    int start = i;
                    while (i < length && Character.isLetterOrDigit(folded.charAt(i))) {
                        i++;
                    }
                    tokens.add(new int[] {start, i});
                } else {
                    i++;
                }
            }
            List<int[]> found = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                for (int n = Math.min(longestPhrase, tokens.size() - t); n >= 1; n--) {
                    int[] first = tokens.get(t);
                    int[] last = tokens.get(t + n - 1);
                    if (n > 1 && !onlyWhitespaceBetween(folded, tokens, t, n)) {
                        continue;
                    }
                    String candidate = n == 1 ? folded.substring(first[0], first[1])
                            : folded.substring(first[0], last[1]).replaceAll("\\s+", " ");
                    if (entries.contains(candidate)) {
                        found.add(new int[] {first[0], last[1]});
                        t += n - 1;
                        break;
                    }
                }
            }
            return found;
        }

        private static boolean onlyWhitespaceBetween(String folded, List<int[]> tokens, int from, int count) {
            for (int k = from; k < from + count - 1; k++) {
                for (int c = tokens.get(k)[1]; c < tokens.get(k + 1)[0]; c++) {
                    if (!Character.isWhitespace(folded.charAt(c))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
