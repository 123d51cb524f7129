package nl.werving.screening.matching;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Education levels in the documented order: MBO &lt; BACHELOR (hbo, bachelor, university) &lt; MASTER (wo, master)
 * &lt; DOCTORATE (PhD).
 * Words: mbo; hbo, bachelor, BSc, B.Sc., BBA, hogeschool, university of applied sciences, university,
 * universiteit; wo, master, MSc, M.Sc., MBA, LLM, drs., ir.; PhD, Ph.D., doctorate, promotie, gepromoveerd,
 * doctoraat. "Scrum master" and "master data" are not education.
 */
enum EducationLevel {
    MBO(1), BACHELOR(2), MASTER(3), DOCTORATE(4);

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(scrum[\\s\\-]*master|master[\\s\\-]*data"
            + "|mbo|hbo|bachelor|bsc|b\\.sc\\.?|bba|hogeschool|university of applied sciences|universiteit|university"
            + "|wo|master|msc|m\\.sc\\.?|mba|llm|drs\\.|ir\\.|phd|ph\\.d\\.?|doctorate|promotie|gepromoveerd|doctoraat)"
            + "(?![\\p{L}\\p{N}])");

    private final int rank;

    EducationLevel(int rank) {
        this.rank = rank;
    }

    int rank() {
        return rank;
    }

    /** Every level word in a folded text: its level and position; "scrum master" and the like are skipped. */
    static java.util.List<Found> allIn(String folded, int from, int to) {
        Matcher matcher = WORD.matcher(folded).region(from, to);
        java.util.List<Found> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            of(matcher.group(1)).ifPresent(level -> found.add(new Found(level, matcher.start(), matcher.end())));
        }
        return found;
    }

    /** The lowest level named in a requirement text ("hbo/wo" is BACHELOR). */
    static Optional<EducationLevel> lowestIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = nl.werving.screening.text.Folding.fold(text);
        return allIn(folded, 0, folded.length()).stream().map(Found::level)
                .min(java.util.Comparator.comparingInt(EducationLevel::rank));
    }

    private static Optional<EducationLevel> of(String word) {
        String w = word.replaceAll("[\\s\\-]+", " ");
        if (w.startsWith("scrum") || w.startsWith("master data") || w.startsWith("master-data")) {
            return Optional.empty();
        }
        return Optional.of(switch (w) {
            case "mbo" -> MBO;
            case "hbo", "bachelor", "bsc", "b.sc", "b.sc.", "bba", "hogeschool", "university of applied sciences",
                    "universiteit", "university" -> BACHELOR;
            case "wo", "master", "msc", "m.sc", "m.sc.", "mba", "llm", "drs.", "ir." -> MASTER;
            default -> DOCTORATE;
        });
    }

    record Found(EducationLevel level, int start, int end) {
    }
}
