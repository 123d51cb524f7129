package nl.werving.screening.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werving.screening.text.Folding;

/**
 * Search terms for a requirement: its label, its synonyms and the built-in Dutch/English variants of any of them
 * ({@link #VARIANTS}). A term matches case- and accent-insensitively, as whole words; spaces and hyphens inside a
 * term may be written as a space, a hyphen, a slash or nothing ("project management", "projectmanagement",
 * "BIG-registratie", "BIG registratie"), and a term of four or more letters may carry a plural ending (s, en, e, n).
 */
final class Terms {

    /** Groups of terms that mean the same in Dutch and English (folded). */
    static final List<List<String>> VARIANTS = List.of(
            List.of("big-registratie", "big registration", "big-nummer", "big number", "big-registered",
                    "big-geregistreerd", "big register", "big-register"),
            List.of("rijbewijs b", "driving licence b", "driving license b", "driver's license b", "drivers license b"),
            List.of("rijbewijs", "driving licence", "driving license", "driver's license"),
            List.of("verpleegkundige", "nurse", "registered nurse", "verpleegkunde", "nursing"),
            List.of("projectmanagement", "project management", "projectleiding", "projectmanager",
                    "project manager"),
            List.of("softwareontwikkeling", "software development", "softwareontwikkelaar", "software developer",
                    "software engineer", "software engineering"),
            List.of("klantenservice", "customer service", "klantcontact", "customer support"),
            List.of("boekhouding", "bookkeeping", "accounting", "administratie"),
            List.of("leidinggeven", "leidinggevende", "leadership", "people management", "teamleider",
                    "team lead"),
            List.of("communicatie", "communication"),
            List.of("gegevensanalyse", "data-analyse", "data analysis", "data analytics"),
            List.of("testen", "testing", "software testing"),
            List.of("beveiliging", "security", "informatiebeveiliging", "information security"),
            List.of("netwerkbeheer", "network administration", "netwerken", "networking"),
            List.of("vca", "vca-basis", "vca-vol", "vca certificate", "vca-certificaat"),
            List.of("bhv", "bedrijfshulpverlening", "emergency response officer"),
            List.of("reanimatie", "cpr", "bls", "basic life support"),
            List.of("heftruckcertificaat", "forklift certificate", "heftruck", "forklift"),
            // languages
            List.of("nederlands", "dutch", "vlaams", "flemish"),
            List.of("engels", "english"),
            List.of("duits", "german"),
            List.of("frans", "french"),
            List.of("spaans", "spanish"),
            List.of("italiaans", "italian"),
            List.of("portugees", "portuguese"),
            List.of("arabisch", "arabic"),
            List.of("turks", "turkish"),
            List.of("pools", "polish"),
            List.of("russisch", "russian"),
            List.of("chinees", "chinese", "mandarijn", "mandarin"),
            List.of("japans", "japanese"),
            List.of("berbers", "berber", "tamazight"),
            List.of("papiaments", "papiamento"),
            List.of("oekraiens", "ukrainian"),
            List.of("roemeens", "romanian"),
            List.of("grieks", "greek"),
            List.of("somalisch", "somali"),
            List.of("perzisch", "persian", "farsi"),
            List.of("koerdisch", "kurdish"),
            List.of("hindi"),
            List.of("tigrinya"));

    /** The variant groups by the normalised spelling of each of their terms. */
    private static final java.util.Map<String, List<List<String>>> GROUPS_BY_KEY = groupsByKey();

    /** Every language name known to the matcher (folded), used to tell where one language's entry ends. */
    static final Set<String> LANGUAGE_NAMES = languageNames();

    /** Any known language name as a whole word, on folded text. */
    static final Pattern ANY_LANGUAGE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|",
            LANGUAGE_NAMES.stream().sorted((a, b) -> a.length() != b.length() ? b.length() - a.length()
                    : a.compareTo(b)).map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");

    private Terms() {
    }

    /** The folded terms of a label and its synonyms, with their built-in variants, in a stable order. */
    static List<String> of(String label, List<String> synonyms) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> given = new ArrayList<>();
        given.add(label);
        given.addAll(synonyms);
        for (String term : given) {
            String folded = Folding.fold(term).trim().replaceAll("\\s+", " ");
            if (!folded.isEmpty()) {
                terms.add(folded);
            }
        }
        for (String term : List.copyOf(terms)) {
            List<List<String>> groups = GROUPS_BY_KEY.get(normalised(term));
            if (groups != null) {
                groups.forEach(terms::addAll);
            }
        }
        return List.copyOf(terms);
    }

    private static final int CACHE_LIMIT = 10_000;
    private static final java.util.Map<String, Pattern> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A pattern for one folded term, to be run on folded text (compiled once, then cached). */
    static Pattern pattern(String term, boolean allowPlural) {
        String key = (allowPlural ? "p:" : "w:") + term;
        Pattern cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Pattern compiled = compile(term, allowPlural);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, compiled);
        }
        return compiled;
    }

    private static Pattern compile(String term, boolean allowPlural) {
        String[] tokens = term.split("[\\s\\-]+");
        StringBuilder regex = new StringBuilder();
        char first = term.charAt(0);
        if (Character.isLetterOrDigit(first)) {
            regex.append("(?<![\\p{L}\\p{N}])");
        }
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) {
                regex.append("[\\s\\-/]*");
            }
            regex.append(Pattern.quote(tokens[i]));
        }
        char last = term.charAt(term.length() - 1);
        if (allowPlural && Character.isLetter(last) && tokens[tokens.length - 1].length() >= 4) {
            regex.append("(?:s|en|e|n|'s)?");
        }
        regex.append("(?![\\p{L}\\p{N}#+])");
        return Pattern.compile(regex.toString());
    }

    private static java.util.Map<String, List<List<String>>> groupsByKey() {
        java.util.Map<String, List<List<String>>> groups = new java.util.HashMap<>();
        for (List<String> group : VARIANTS) {
            for (String variant : group) {
                groups.computeIfAbsent(normalised(variant), key -> new ArrayList<>()).add(group);
            }
        }
        return groups;
    }

    /** The literal a match of the term starts with, for a quick search before the pattern is tried. */
    static String firstLiteral(String term) {
        return term.split("[\\s\\-]+")[0];
    }

    private static String normalised(String term) {
        return term.replaceAll("[\\s\\-/']+", "");
    }

    private static Set<String> languageNames() {
        Set<String> names = new LinkedHashSet<>();
        int firstLanguage = 0;
        for (int i = 0; i < VARIANTS.size(); i++) {
            if (VARIANTS.get(i).contains("nederlands")) {
                firstLanguage = i;
            }
        }
        VARIANTS.subList(firstLanguage, VARIANTS.size()).forEach(names::addAll);
        return Set.copyOf(names);
    }
}
