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
import nl.werving.screening.text.Words;

/**
 * Makes a CV text blind to protected attributes before it is matched: every character of a removed passage is
 * replaced by {@link #FILLER}, so the redacted text has the same length and every position in it is the same
 * position in the original. Line breaks are kept. Pure and deterministic; the order of the rules does not matter.
 *
 * <p>What is removed (Dutch and English):
 * <ul>
 * <li>the applicant's own name (the full name and each part of it, except particles such as "de", "van", "el";
 * a part directly followed by a number is kept, so a first name like "Jan" or "Mei" does not eat the month of
 * "jan 2019 - heden" or "mei 2020"), e-mail address and phone number, and any other e-mail address, phone number or
 * social-media profile link;</li>
 * <li>the values of labelled personal lines: name, address, postcode, residence, date and place of birth, age,
 * gender, nationality, marital status, phone, e-mail ("Nationaliteit: ...", "Address: ...");</li>
 * <li>dates of birth and ages ("geboren 12-03-1990", "born on 4 May 1979", "age 34", "34 jaar", "34 years old",
 * "34-jarige"); "5 jaar ervaring" and other years followed by an experience word stay;</li>
 * <li>gender words and titles: he/she/him/her/his/hers, hij/zij/ze/hem/haar, man/vrouw/male/female/woman,
 * mannelijk/vrouwelijk, husband/wife/father/mother, echtgenoot/echtgenote/vader/moeder, meneer/mevrouw/heer, and the
 * titles Mr/Mrs/Ms/Miss/Mx/Dhr/Mevr/Mw/Mej as written (so "MS Office" stays);</li>
 * <li>nationality words ({@link #NATIONALITIES}), except where they name a language (see below);</li>
 * <li>marital status words (married, divorced, widowed, gehuwd, getrouwd, ongehuwd, gescheiden, samenwonend,
 * alleenstaand, weduwe, weduwnaar, verloofd) and numbers of children; "single" only on a labelled line, because
 * "single sign-on" and "single-page application" are skills;</li>
 * <li>Dutch postcodes (1234 AB, with the place after it) and street addresses with a house number.</li>
 * </ul>
 * Photos never reach this step: matching works on the extracted text only.
 *
 * <p><b>The language rule.</b> A nationality word that is also a language name ("Dutch", "German", "Polish",
 * "Turkish", ...) is language evidence, not a nationality, and is kept when (a) its line lies in the CV's language
 * section ("Talen", "Languages", ...) or is a "Talen:"/"Languages:" line, or (b) a level follows it on the same line,
 * separated only by spaces, a colon, a dash or an opening parenthesis ("Dutch C1", "German (B2)", "Dutch - native",
 * "Turkish: moedertaal"), or (c) a speaking or level word precedes it ("fluent in Dutch", "I speak German"). Dutch
 * language names ("Nederlands", "Duits", "Turks") are not nationality words at all; the Dutch nationality
 * adjectives end in -e ("Nederlandse", "Duitse", "Turkse") and are always removed. A labelled nationality line is
 * removed whatever it says.
 */
public final class ProtectedAttributeRedactor {

    /** Replaces every character of a removed passage. */
    public static final char FILLER = '\u2588';

    /** Nationality words removed, in Dutch and English (folded: lower case, no accents). */
    public static final List<String> NATIONALITIES = List.of(
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
    private static final Words GENDER = new Words(GENDER_WORDS);
    private static final Pattern TITLE = Pattern.compile(
            "\\b(Mr|MR|Mrs|MRS|Ms|Miss|MISS|Mx|Dhr|DHR|dhr|Mevr|MEVR|mevr|Mw|mw|Mej|mej)\\b\\.?");
    private static final Words NATIONALITY = new Words(NATIONALITIES);
    private static final Words MARITAL = new Words(MARITAL_WORDS);
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
     * The pattern rules, each run on its own (a passage any rule finds is removed, overlaps included), but only tried
     * where a match can start: every rule names a test on the character at the start that each of its matches passes,
     * so the expensive regular expression runs at a few positions instead of at every one.
     */
    private static final List<Rule> FIXED_RULES = List.of(
            new Rule(EMAIL, true, "@", ProtectedAttributeRedactor::emailCanStartAt),
            new Rule(INTERNATIONAL_PHONE, true, "+", (c, i) -> c[i] == '+'),
            new Rule(NATIONAL_PHONE, true, "0", (c, i) -> c[i] == '0'),
            new Rule(PROFILE_LINK, true, ".com/", (c, i) -> "hwlfitx".indexOf(c[i]) >= 0),
            new Rule(BIRTH, true, null, (c, i) -> c[i] == 'g' || c[i] == 'b'),
            new Rule(AGE_LABELLED, true, null, (c, i) -> c[i] == 'l' || c[i] == 'a'),
            new Rule(AGE_OLD, true, null, (c, i) -> isDigit(c[i])),
            new Rule(AGE_YEARS, true, "jaar", (c, i) -> c[i] >= '1' && c[i] <= '9'),
            new Rule(TITLE, false, null, (c, i) -> "MDdm".indexOf(c[i]) >= 0),
            new Rule(CHILDREN, true, null, (c, i) -> isDigit(c[i]) || "etvdof".indexOf(c[i]) >= 0),
            new Rule(STREET, false, null, (c, i) -> isDigit(c[i])
                    || Character.getType(c[i]) == Character.UPPERCASE_LETTER
                    || Character.isHighSurrogate(c[i])));

    /** Where a match of a rule can start, given the characters of the text it runs on. */
    @FunctionalInterface
    private interface StartTest {
        boolean canStartAt(char[] chars, int at);
    }

    /**
     * One pattern rule: its pattern, whether it runs on the folded text or on the text as written, a literal without
     * which it cannot match ({@code null} when there is none) and its start test.
     */
    private record Rule(Pattern pattern, boolean onFolded, String required, StartTest start) {

        boolean applies(String folded) {
            return required == null || folded.contains(required);
        }
    }

    /**
     * The text with the protected attributes replaced by {@link #FILLER}, of the same length.
     *
     * @param person the applicant's own details, removed wherever they appear
     */
    public String redact(String text, PersonalDetails person) {
        if (text.isEmpty()) {
            return text;
        }
        String folded = Folding.fold(text);
        CvLayout layout = CvLayout.of(text);
        boolean[] mask = new boolean[text.length()];

        labelledLines(folded, mask);
        List<Rule> rules = new ArrayList<>(FIXED_RULES.size() + 3);
        for (Rule rule : FIXED_RULES) {
            if (rule.applies(folded)) {
                rules.add(rule);
            }
        }
        ownDetails(folded, person, mask, rules);
        scan(rules, text, folded, mask);
        Words.Tokens tokens = Words.tokens(folded);
        all(GENDER, tokens, mask);
        nationalities(folded, tokens, layout, mask);
        all(MARITAL, tokens, mask);
        postcodes(text, mask);

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

    private static void ownDetails(String folded, PersonalDetails person, boolean[] mask, List<Rule> rules) {
        if (person.email() != null && !person.email().isBlank()) {
            literal(folded, Folding.fold(person.email().trim()), mask);
        }
        if (person.phone() != null) {
            Pattern phone = phonePattern(person.phone());
            if (phone != null) {
                rules.add(new Rule(phone, true, null, (c, i) -> isDigit(c[i]) || c[i] == '+'));
            }
        }
        if (person.fullName() != null && !person.fullName().isBlank()) {
            String name = Folding.fold(person.fullName().trim());
            List<String> parts = new ArrayList<>(List.of(name.split("[\\s\\-]+")));
            String phrase = String.join("[\\s\\-]+", parts.stream().map(Pattern::quote).toList());
            if (!parts.get(0).isEmpty()) {
                char first = parts.get(0).charAt(0);
                rules.add(new Rule(Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])"), true,
                        parts.get(0), (c, i) -> c[i] == first));
            } else {
                all(Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase + "(?![\\p{L}\\p{N}])"), folded, mask);
            }
            for (String part : parts) {
                if (part.length() < 2 || NAME_PARTICLES.contains(part)) {
                    continue;
                }
                Matcher occurrence = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part)
                        + "(?![\\p{L}\\p{N}])").matcher(folded).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                // every occurrence starts with the part itself: try the pattern only where indexOf finds it
                int at = folded.indexOf(part);
                while (at >= 0) {
                    occurrence.region(at, folded.length());
                    if (occurrence.lookingAt()) {
                        String after = folded.substring(occurrence.end(),
                                Math.min(folded.length(), occurrence.end() + 4));
                        if (!FOLLOWED_BY_NUMBER.matcher(after).find()) {
                            mark(mask, occurrence.start(), occurrence.end());
                        }
                        at = folded.indexOf(part, occurrence.end());
                    } else {
                        at = folded.indexOf(part, at + 1);
                    }
                }
            }
        }
    }

    /**
     * Runs each rule over its text like {@link Matcher#find()} does (leftmost match, the next search from its end),
     * trying the pattern only at positions that pass the rule's start test.
     */
    private static void scan(List<Rule> rules, String text, String folded, boolean[] mask) {
        char[] foldedChars = folded.toCharArray();
        char[] textChars = text.toCharArray();
        int length = text.length();
        for (Rule rule : rules) {
            String subject = rule.onFolded() ? folded : text;
            char[] chars = rule.onFolded() ? foldedChars : textChars;
            Matcher matcher = rule.pattern().matcher(subject).useTransparentBounds(true).useAnchoringBounds(false);
            int at = 0;
            while (at < length) {
                if (rule.start().canStartAt(chars, at)) {
                    matcher.region(at, length);
                    if (matcher.lookingAt()) {
                        mark(mask, matcher.start(), matcher.end());
                        at = matcher.end() > at ? matcher.end() : at + 1;
                        continue;
                    }
                }
                at++;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isEmailLocal(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '+' || c == '-';
    }

    /** An address's local part is a run of its characters that ends right before the "@". */
    private static boolean emailCanStartAt(char[] chars, int at) {
        if (!isEmailLocal(chars[at])) {
            return false;
        }
        int end = at;
        while (end < chars.length && isEmailLocal(chars[end])) {
            end++;
        }
        return end < chars.length && chars[end] == '@';
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

    private static void nationalities(String folded, Words.Tokens tokens, CvLayout layout, boolean[] mask) {
        for (int[] word : NATIONALITY.findIn(tokens)) {
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
        Matcher postcode = POSTCODE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int length = text.length();
        // a postcode starts with a digit 1-9: try the pattern only there, as find() would (next search after a match)
        for (int at = 0; at < length; at++) {
            char c = text.charAt(at);
            if (c < '1' || c > '9' || !postcode.region(at, length).lookingAt()) {
                continue;
            }
            at = postcode.end() - 1;
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

    private static void all(Words words, Words.Tokens tokens, boolean[] mask) {
        for (int[] word : words.findIn(tokens)) {
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
}
