package nl.werving.screening.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a CV text and the section each belongs to. A heading is a line that consists of one of the known
 * Dutch or English section names ({@link #HEADINGS}), optionally followed by a colon; it starts a section that runs
 * to the next heading. A line that starts with a section name and a colon ("Talen: Nederlands (moedertaal)") belongs
 * to that section by itself. Positions are those of the text given.
 */
public final class CvLayout {

    /** Known section headings, folded (lower case, no accents). */
    static final Map<String, Section> HEADINGS = headings();

    private static final Pattern INLINE_LABEL = Pattern.compile("^\\s*([\\p{L}' ]{3,40}?)\\s*:");
    private static final Pattern DECORATION = Pattern.compile("^[\\s#*=_>\\-\\u2022|]+|[\\s#*=_:\\-|]+$");

    private final String text;
    private final List<Line> lines;

    private CvLayout(String text, List<Line> lines) {
        this.text = text;
        this.lines = lines;
    }

    /** One line: [start, end) without its line break. */
    public record Line(int start, int end, Section section, boolean heading) {

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    public static CvLayout of(String text) {
        String folded = Folding.fold(text);
        List<Line> lines = new ArrayList<>();
        Section current = Section.NONE;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String content = folded.substring(start, contentEnd);
            Section heading = headingOf(content);
            if (heading != null) {
                current = heading;
                lines.add(new Line(start, contentEnd, heading, true));
            } else {
                Section inline = inlineLabelOf(content);
                lines.add(new Line(start, contentEnd, inline != null ? inline : current, false));
            }
            if (end == text.length()) {
                break;
            }
            start = end + 1;
        }
        return new CvLayout(text, List.copyOf(lines));
    }

    public List<Line> lines() {
        return lines;
    }

    public String text() {
        return text;
    }

    /** The line holding the position. */
    public Line lineAt(int position) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lines.get(mid).start() <= position) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return lines.get(low);
    }

    public int indexOfLineAt(int position) {
        return lines.indexOf(lineAt(position));
    }

    public boolean hasSection(Section section) {
        return lines.stream().anyMatch(line -> line.section() == section);
    }

    static Section headingOf(String foldedLine) {
        if (tooLongForAHeading(foldedLine)) {
            return null;
        }
        String stripped = DECORATION.matcher(foldedLine).replaceAll("").trim();
        if (stripped.isEmpty() || stripped.length() > 40) {
            return null;
        }
        return HEADINGS.get(stripped.replaceAll("\\s+", " "));
    }

    /**
     * A quick test that spares the regular expressions below for most lines: stripping decoration and trimming
     * never removes a character outside both decoration sets above {@code ' '}, so a line with more than 40 of them
     * cannot be a heading.
     */
    private static boolean tooLongForAHeading(String foldedLine) {
        if (foldedLine.length() <= 40) {
            return false;
        }
        int kept = 0;
        for (int i = 0; i < foldedLine.length(); i++) {
            char c = foldedLine.charAt(i);
            if (c > ' ' && "#*=_>-\u2022|:".indexOf(c) < 0 && ++kept > 40) {
                return true;
            }
        }
        return false;
    }

    private static Section inlineLabelOf(String foldedLine) {
        if (foldedLine.indexOf(':') < 0) {
            return null;
        }
        Matcher label = INLINE_LABEL.matcher(foldedLine);
        if (!label.find()) {
            return null;
        }
        Section section = HEADINGS.get(label.group(1).trim().replaceAll("\\s+", " "));
        return section == Section.LANGUAGES || section == Section.SKILLS || section == Section.CERTIFICATES
                || section == Section.EDUCATION ? section : null;
    }

    private static Map<String, Section> headings() {
        Map<String, Section> headings = new java.util.HashMap<>();
        put(headings, Section.WORK, "werkervaring", "werk ervaring", "relevante werkervaring", "ervaring",
                "work experience", "experience", "professional experience", "relevant experience", "employment",
                "employment history", "work history", "loopbaan", "arbeidsverleden", "career", "carriere",
                "beroepservaring", "career history");
        put(headings, Section.EDUCATION, "opleiding", "opleidingen", "education", "academic background", "studie",
                "studies", "educational background", "scholing", "opleiding en diploma's", "diploma's", "diplomas");
        put(headings, Section.COURSES, "cursussen", "courses", "trainingen", "training", "trainings",
                "cursussen en trainingen", "courses and training", "courses and trainings");
        put(headings, Section.CERTIFICATES, "certificaten", "certificates", "certifications", "certificeringen",
                "registraties", "registrations", "licenties", "licenses", "licences", "certificaten en registraties",
                "certificates and registrations", "certificaten en cursussen");
        put(headings, Section.LANGUAGES, "talen", "languages", "taalvaardigheid", "taalvaardigheden",
                "talenkennis", "taalkennis", "language skills", "language proficiency", "language");
        put(headings, Section.SKILLS, "vaardigheden", "skills", "competenties", "competences", "competencies",
                "kennis", "technische vaardigheden", "technical skills", "expertise", "kennis en vaardigheden",
                "skills and tools", "tools");
        put(headings, Section.PERSONAL, "personalia", "persoonlijke gegevens", "personal details",
                "personal information", "personal data", "contact", "contactgegevens", "contact details");
        put(headings, Section.PROFILE, "profiel", "profile", "summary", "samenvatting", "over mij", "about me",
                "persoonlijk profiel", "personal profile", "professional summary");
        put(headings, Section.OTHER, "hobby's", "hobbys", "hobbies", "interesses", "interests", "referenties",
                "references", "nevenactiviteiten", "vrijwilligerswerk", "volunteering", "volunteer work", "overig",
                "other");
        return Map.copyOf(headings);
    }

    private static void put(Map<String, Section> headings, Section section, String... names) {
        for (String name : names) {
            headings.put(name, section);
        }
    }
}
