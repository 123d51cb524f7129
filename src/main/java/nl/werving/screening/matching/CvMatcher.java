package nl.werving.screening.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werving.screening.Evidence;
import nl.werving.screening.MatchStatus;
import nl.werving.screening.text.CvLayout;
import nl.werving.screening.text.Folding;
import nl.werving.screening.text.Section;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.VacancyRequirements;

/**
 * Matches a redacted CV text against a vacancy's requirements, in a way a person can follow. Pure and
 * deterministic: no clock, no randomness, no state; the same text, requirements, answers and reference date give an
 * equal result.
 *
 * <ul>
 * <li>SKILL and CERTIFICATE: the label, synonyms and built-in Dutch/English variants ({@link Terms}) anywhere in
 * the CV. A skill with minimum years counts the dated work-history periods whose entry mentions it (overlaps once):
 * enough years is MATCHED, found with fewer years PARTIAL.</li>
 * <li>EXPERIENCE: the union of all dated work-history periods ({@link WorkHistory}) against the minimum years:
 * enough is MATCHED, fewer PARTIAL, no dated period MISSING.</li>
 * <li>LANGUAGE: the language named (in Dutch or English) with the level written next to it ({@link LanguageLevel});
 * at or above the required level MATCHED, below it or without a level PARTIAL.</li>
 * <li>EDUCATION: level words in the education section (anywhere when the CV has none) in the order of
 * {@link EducationLevel}; at or above the required level MATCHED, lower PARTIAL. The field of study is not
 * judged.</li>
 * </ul>
 * Score = round(100 x sum(weight x factor) / sum(weight)) with factor 1 for MATCHED, 0.5 for PARTIAL and 0 for
 * MISSING (half up); each requirement's contribution is its share of that sum, in points. A must-have is missing
 * only when it is MISSING. A knock-out fails when an answer differs from the required answer or is not given.
 *
 * <p>Evidence positions are positions in the text given, which the redactor keeps equal to the original CV's.
 */
public final class CvMatcher {

    static final int MAX_EVIDENCE = 3;
    static final int MAX_PASSAGE = 160;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final Pattern WORDS_AT_END = Pattern.compile("([\\p{L}\\s]*)$");

    public MatchResult match(String redactedText, VacancyRequirements requirements, Map<UUID, Boolean> knockoutAnswers,
            LocalDate referenceDate) {
        CvText cv = new CvText(redactedText, referenceDate);
        List<Requirement> all = requirements.requirements();
        List<Finding> findings = new ArrayList<>(all.size());
        for (Requirement requirement : all) {
            findings.add(find(cv, requirement));
        }
        int totalWeight = all.stream().mapToInt(requirement -> Math.max(0, requirement.weight())).sum();
        BigDecimal earned = BigDecimal.ZERO;
        List<RequirementMatch> matches = new ArrayList<>(all.size());
        boolean mustHaveMissing = false;
        for (int i = 0; i < all.size(); i++) {
            Requirement requirement = all.get(i);
            Finding finding = findings.get(i);
            BigDecimal weighted = BigDecimal.valueOf(Math.max(0, requirement.weight())).multiply(factor(finding.status));
            earned = earned.add(weighted);
            BigDecimal contribution = totalWeight == 0 ? BigDecimal.ZERO.setScale(2)
                    : weighted.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(totalWeight), 2, RoundingMode.HALF_UP);
            matches.add(new RequirementMatch(requirement.id(), requirement.label(), requirement.kind(), finding.status,
                    finding.evidence, finding.years, contribution));
            mustHaveMissing |= requirement.mustHave() && finding.status == MatchStatus.MISSING;
        }
        Integer score = totalWeight == 0 ? null : earned.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(totalWeight), 0, RoundingMode.HALF_UP).intValueExact();
        return new MatchResult(matches, score, mustHaveMissing,
                knockoutFailed(requirements.knockoutQuestions(), knockoutAnswers));
    }

    /** True when any question is unanswered or answered otherwise than required. */
    public static boolean knockoutFailed(List<KnockoutQuestion> questions, Map<UUID, Boolean> answers) {
        return questions.stream().anyMatch(question -> !Boolean.valueOf(question.requiredAnswer())
                .equals(answers.get(question.id())));
    }

    private static BigDecimal factor(MatchStatus status) {
        return switch (status) {
            case MATCHED -> BigDecimal.ONE;
            case PARTIAL -> HALF;
            case MISSING -> BigDecimal.ZERO;
        };
    }

    private Finding find(CvText cv, Requirement requirement) {
        return switch (requirement.kind()) {
            case SKILL -> skill(cv, requirement);
            case CERTIFICATE -> terms(cv, requirement);
            case EXPERIENCE -> experience(cv, requirement);
            case LANGUAGE -> language(cv, requirement);
            case EDUCATION -> education(cv, requirement);
        };
    }

    private Finding terms(CvText cv, Requirement requirement) {
        List<int[]> hits = cv.hits(Terms.of(requirement.label(), requirement.synonyms()), true);
        return hits.isEmpty() ? Finding.missing() : new Finding(MatchStatus.MATCHED, cv.evidence(hits), null);
    }

    private Finding skill(CvText cv, Requirement requirement) {
        List<String> terms = Terms.of(requirement.label(), requirement.synonyms());
        List<int[]> hits = cv.hits(terms, true);
        if (requirement.minimumYears() == null || requirement.minimumYears() <= 0) {
            return hits.isEmpty() ? Finding.missing() : new Finding(MatchStatus.MATCHED, cv.evidence(hits), null);
        }
        List<WorkHistory.Period> periods = cv.periods().stream()
                .filter(period -> hits.stream().anyMatch(hit -> hit[0] >= period.entryStart() && hit[0] < period.entryEnd()))
                .toList();
        int months = WorkHistory.unionMonths(periods);
        if (hits.isEmpty()) {
            return Finding.missing();
        }
        MatchStatus status = months >= requirement.minimumYears() * 12 ? MatchStatus.MATCHED : MatchStatus.PARTIAL;
        List<int[]> evidence = new ArrayList<>();
        periods.forEach(period -> evidence.add(new int[] {period.rangeStart(), period.rangeEnd()}));
        evidence.addAll(hits);
        return new Finding(status, cv.evidence(evidence), years(months));
    }

    private Finding experience(CvText cv, Requirement requirement) {
        List<WorkHistory.Period> periods = cv.periods();
        if (periods.isEmpty()) {
            return new Finding(MatchStatus.MISSING, List.of(), requirement.minimumYears() == null ? null : years(0));
        }
        int months = WorkHistory.unionMonths(periods);
        int required = requirement.minimumYears() == null ? 0 : requirement.minimumYears() * 12;
        MatchStatus status = months >= required ? MatchStatus.MATCHED : MatchStatus.PARTIAL;
        List<int[]> ranges = periods.stream().map(period -> new int[] {period.rangeStart(), period.rangeEnd()})
                .toList();
        return new Finding(status, cv.evidence(ranges), years(months));
    }

    private Finding language(CvText cv, Requirement requirement) {
        Optional<LanguageLevel> required = LanguageLevel.parse(requirement.level());
        List<int[]> hits = cv.hits(Terms.of(requirement.label(), requirement.synonyms()), false);
        if (hits.isEmpty()) {
            return Finding.missing();
        }
        LanguageLevel best = null;
        int[] bestHit = hits.get(0);
        for (int[] hit : hits) {
            Optional<LanguageLevel> level = cv.languageLevelNear(hit);
            if (level.isPresent() && (best == null || level.get().compareTo(best) > 0)) {
                best = level.get();
                bestHit = hit;
            }
        }
        MatchStatus status;
        if (required.isEmpty()) {
            status = MatchStatus.MATCHED;
        } else {
            status = best != null && best.compareTo(required.get()) >= 0 ? MatchStatus.MATCHED : MatchStatus.PARTIAL;
        }
        List<int[]> evidence = new ArrayList<>();
        evidence.add(bestHit);
        evidence.addAll(hits);
        return new Finding(status, cv.evidence(evidence), null);
    }

    private Finding education(CvText cv, Requirement requirement) {
        Optional<EducationLevel> required = EducationLevel.lowestIn(requirement.level())
                .or(() -> EducationLevel.lowestIn(requirement.label()))
                .or(() -> requirement.synonyms().stream().map(EducationLevel::lowestIn).flatMap(Optional::stream)
                        .min(Comparator.comparingInt(EducationLevel::rank)));
        if (required.isEmpty()) {
            return terms(cv, requirement);
        }
        List<EducationLevel.Found> found = cv.educationLevels();
        Optional<EducationLevel.Found> best = found.stream()
                .max(Comparator.comparingInt((EducationLevel.Found f) -> f.level().rank())
                        .thenComparing(Comparator.comparingInt(EducationLevel.Found::start).reversed()));
        if (best.isEmpty()) {
            return Finding.missing();
        }
        MatchStatus status = best.get().level().rank() >= required.get().rank() ? MatchStatus.MATCHED
                : MatchStatus.PARTIAL;
        return new Finding(status, cv.evidence(List.of(new int[] {best.get().start(), best.get().end()})), null);
    }

    private static BigDecimal years(int months) {
        return BigDecimal.valueOf(months).divide(TWELVE, 1, RoundingMode.HALF_UP);
    }

    private record Finding(MatchStatus status, List<Evidence> evidence, BigDecimal years) {

        static Finding missing() {
            return new Finding(MatchStatus.MISSING, List.of(), null);
        }
    }

    /** The CV text prepared once per match: folded copy, layout and work history. */
    private static final class CvText {

        private final String text;
        private final String folded;
        private final CvLayout layout;
        private final LocalDate referenceDate;
        private List<WorkHistory.Period> periods;
        private List<EducationLevel.Found> educationLevels;

        CvText(String text, LocalDate referenceDate) {
            this.text = text;
            this.folded = Folding.fold(text);
            this.layout = CvLayout.of(text);
            this.referenceDate = referenceDate;
        }

        List<WorkHistory.Period> periods() {
            if (periods == null) {
                periods = WorkHistory.periods(layout, folded, referenceDate);
            }
            return periods;
        }

        List<EducationLevel.Found> educationLevels() {
            if (educationLevels == null) {
                if (layout.hasSection(Section.EDUCATION)) {
                    List<EducationLevel.Found> found = new ArrayList<>();
                    for (CvLayout.Line line : layout.lines()) {
                        if (line.section() == Section.EDUCATION) {
                            found.addAll(EducationLevel.allIn(folded, line.start(), line.end()));
                        }
                    }
                    educationLevels = found;
                } else {
                    educationLevels = EducationLevel.allIn(folded, 0, folded.length());
                }
            }
            return educationLevels;
        }

        /** [start, end) of every occurrence of any term, in text order. */
        List<int[]> hits(List<String> terms, boolean allowPlural) {
            List<int[]> hits = new ArrayList<>();
            for (String term : terms) {
                Matcher matcher = Terms.pattern(term, allowPlural).matcher(folded).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                String first = Terms.firstLiteral(term);
                if (first.isEmpty()) {
                    continue;
                }
                int at = folded.indexOf(first);
                while (at >= 0) {
                    matcher.region(at, folded.length());
                    if (matcher.lookingAt()) {
                        hits.add(new int[] {matcher.start(), matcher.end()});
                        at = folded.indexOf(first, Math.max(matcher.end(), at + 1));
                    } else {
                        at = folded.indexOf(first, at + 1);
                    }
                }
            }
            hits.sort(Comparator.<int[]>comparingInt(hit -> hit[0]).thenComparingInt(hit -> -hit[1]));
            return hits;
        }

        /** The level written after a language name on its line (up to the next language), or just before it. */
        Optional<LanguageLevel> languageLevelNear(int[] hit) {
            CvLayout.Line line = layout.lineAt(hit[0]);
            int end = line.end();
            String after = folded.substring(hit[1], end);
            Matcher other = Terms.ANY_LANGUAGE.matcher(after);
            int cut = other.find() ? other.start() : after.length();
            int separator = indexOfAny(after, ";|\u2022");
            if (separator >= 0 && separator < cut) {
                cut = separator;
            }
            Optional<LanguageLevel.Found> level = LanguageLevel.firstIn(after.substring(0, cut));
            if (level.isPresent()) {
                return Optional.of(level.get().level());
            }
            String before = folded.substring(Math.max(line.start(), hit[0] - 25), hit[0]);
            Matcher near = WORDS_AT_END.matcher(before);
            return near.find() ? LanguageLevel.firstIn(near.group(1)).map(LanguageLevel.Found::level)
                    : Optional.empty();
        }

        private static int indexOfAny(String text, String characters) {
            for (int i = 0; i < text.length(); i++) {
                if (characters.indexOf(text.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The lines around the given spans as evidence: at most three, one per line, in the order given. */
        List<Evidence> evidence(List<int[]> spans) {
            List<Evidence> evidence = new ArrayList<>();
            List<Integer> linesUsed = new ArrayList<>();
            for (int[] span : spans) {
                if (evidence.size() == MAX_EVIDENCE) {
                    break;
                }
                CvLayout.Line line = layout.lineAt(span[0]);
                if (linesUsed.contains(line.start())) {
                    continue;
                }
                linesUsed.add(line.start());
                int start = line.start();
                int end = line.end();
                if (end - start > MAX_PASSAGE) {
                    int middle = (span[0] + span[1]) / 2;
                    start = Math.max(line.start(), middle - MAX_PASSAGE / 2);
                    end = Math.min(line.end(), start + MAX_PASSAGE);
                }
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                evidence.add(new Evidence(text.substring(start, end), start, end));
            }
            return List.copyOf(evidence);
        }
    }
}
