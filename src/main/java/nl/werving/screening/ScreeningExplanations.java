package nl.werving.screening;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import nl.werving.applicant.Language;
import org.springframework.stereotype.Component;

/**
 * Plain-language explanations of a stored screening result. {@link #explain} is for the candidate (Dutch or
 * English, see {@link CandidateExplanation}): what was checked, what was found, how that led to the recommendation,
 * that a person decides, and how to ask for more or contest it; it names requirements by their label and never
 * quotes the CV. {@link #requirementsOverview} is Markdown for the recruiter's review task and never quotes the CV
 * either: the (redacted) passages are shown on the logged-in screening evidence page only.
 */
@Component
public class ScreeningExplanations {

    /** The score from which ScreeningDecision.dmn recommends advancing (rule Rule_ScoreAtOrAboveThreshold). */
    public static final int THRESHOLD = 70;

    /** The most a Camunda string variable holds comfortably; summaries never exceed it. */
    public static final int MAX_SUMMARY_CHARS = 3900;

    public ScreeningExplanations() {
        // stateless
    }

    /** The explanation for the candidate, in their language. */
    public String explain(ScreeningResult result, Language language) {
        return new CandidateExplanation(result, language).text();
    }

    /**
     * What screening found, for the recruiter's review task, as Markdown: the score and flags, failed knock-out
     * questions, then one bullet per requirement with its label, status, years found and contribution. It never
     * quotes the CV, so it may be a task variable; the passages are on the screening evidence page. Trailing
     * requirements are summarised until the text fits in {@code maxChars}.
     *
     * @throws IllegalArgumentException when maxChars is not between 200 and {@value #MAX_SUMMARY_CHARS}
     */
    public String requirementsOverview(ScreeningResult result, int maxChars) {
        if (maxChars < 200 || maxChars > MAX_SUMMARY_CHARS) {
            throw new IllegalArgumentException("maxChars lies between 200 and " + MAX_SUMMARY_CHARS);
        }
        String header = summaryHeader(result);
        for (int shown = result.requirements().size(); shown >= 0; shown--) {
            String summary = header + bullets(result.requirements(), shown);
            if (summary.length() <= maxChars) {
                return summary;
            }
        }
        return header.substring(0, Math.min(header.length(), maxChars - 1)) + "\u2026";
    }

    private static String summaryHeader(ScreeningResult result) {
        StringBuilder header = new StringBuilder();
        if (!result.cvScreened()) {
            header.append("**No CV text: not scored.** Check the application yourself.\n");
        } else {
            header.append("**Score ").append(result.score() == null ? "none" : result.score() + "/100")
                    .append("** (threshold ").append(THRESHOLD).append(")");
            header.append(" · must-have missing: ").append(result.mustHaveMissing() ? "**yes**" : "no");
            header.append(" · knock-out failed: ").append(result.knockoutFailed() ? "**yes**" : "no").append('\n');
        }
        if (!result.cvScreened() && result.knockoutFailed()) {
            header.append("Knock-out failed: **yes**\n");
        }
        for (KnockoutCheck check : result.knockoutChecks()) {
            if (check.failed()) {
                header.append("- Knock-out: ").append(oneLine(check.questionEn())).append(" — required ")
                        .append(yesNo(check.requiredAnswer())).append(", answered ")
                        .append(check.answer() == null ? "nothing" : yesNo(check.answer())).append('\n');
            }
        }
        header.append('\n');
        return header.toString();
    }

    private static String bullets(List<RequirementResult> requirements, int shown) {
        StringBuilder bullets = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            RequirementResult requirement = requirements.get(i);
            bullets.append("- **").append(oneLine(requirement.label())).append("** (")
                    .append(requirement.kind().name().toLowerCase(Locale.ROOT))
                    .append(requirement.mustHave() ? ", must-have" : "");
            if (requirement.minimumYears() != null) {
                bullets.append(", ").append(requirement.minimumYears()).append("+ years");
            }
            if (requirement.level() != null) {
                bullets.append(", level ").append(oneLine(requirement.level()));
            }
            bullets.append("): ").append(statusEn(requirement.status()));
            if (requirement.yearsFound() != null) {
                bullets.append(", ").append(decimal(requirement.yearsFound(), Locale.ENGLISH)).append(" years found");
            }
            bullets.append(" · +").append(decimal(requirement.contribution(), Locale.ENGLISH)).append(" points");
            bullets.append('\n');
        }
        if (shown < requirements.size()) {
            bullets.append("- … and ").append(requirements.size() - shown).append(" more requirements (see the screening "
                    + "evidence page)\n");
        }
        return bullets.toString();
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String statusEn(MatchStatus status) {
        return switch (status) {
            case MATCHED -> "matched";
            case PARTIAL -> "partly matched";
            case MISSING -> "not found";
        };
    }

    private static String yesNo(boolean answer) {
        return answer ? "yes" : "no";
    }

    /** A number with at most one decimal, in the locale's notation (3.5 or 3,5). */
    static String decimal(BigDecimal value, Locale locale) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale)).format(value);
    }
}
