package nl.werving.screening;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.werving.applicant.Language;

/**
 * The candidate's explanation of one screening result in one language, built from the texts in
 * {@code screening/explanations_<lang>.properties}: what was checked, what was found, how that led to the
 * recommendation, that a person decides, and how to ask for more or contest it. Requirements are named by their
 * label; the CV is never quoted.
 */
final class CandidateExplanation {

    private final ScreeningResult result;
    private final Language language;
    private final Locale locale;
    private final ResourceBundle texts;

    CandidateExplanation(ScreeningResult result, Language language) {
        this.result = result;
        this.language = language;
        this.locale = language == Language.NL ? Locale.forLanguageTag("nl-NL") : Locale.ENGLISH;
        this.texts = ResourceBundle.getBundle("screening/explanations", Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text() {
        List<String> parts = new ArrayList<>();
        parts.add(text("title"));
        if (result.cvScreened()) {
            parts.add(text("cv.compared"));
            parts.add(text("cv.checked") + "\n" + requirements());
        } else {
            parts.add(text("cv.none"));
        }
        knockouts().ifPresent(parts::add);
        parts.add(text("reasoning") + "\n" + reasoning());
        parts.add(text("decision"));
        parts.add(text("contest"));
        return String.join("\n\n", parts);
    }

    private String requirements() {
        if (result.requirements().isEmpty()) {
            return text("requirements.none");
        }
        StringBuilder lines = new StringBuilder();
        for (RequirementResult requirement : result.requirements()) {
            lines.append("- ").append(oneLine(requirement.label())).append(" (")
                    .append(text(requirement.mustHave() ? "requirement.mustHave" : "requirement.niceToHave"));
            if (requirement.minimumYears() != null) {
                lines.append(format("requirement.minimumYears", requirement.minimumYears().toString(),
                        requirement.minimumYears()));
            }
            if (requirement.level() != null) {
                lines.append(format("requirement.level", oneLine(requirement.level())));
            }
            lines.append("): ").append(text("status." + requirement.status().name()));
            if (requirement.yearsFound() != null) {
                lines.append(format("requirement.yearsFound", decimal(requirement.yearsFound()),
                        requirement.yearsFound().doubleValue()));
            }
            lines.append(".\n");
        }
        return lines.toString().stripTrailing();
    }

    private Optional<String> knockouts() {
        if (result.knockoutChecks().isEmpty()) {
            return Optional.empty();
        }
        List<KnockoutCheck> failed = result.knockoutChecks().stream().filter(KnockoutCheck::failed).toList();
        if (failed.isEmpty()) {
            return Optional.of(text("knockouts.passed"));
        }
        StringBuilder text = new StringBuilder(text("knockouts.failed"));
        for (KnockoutCheck check : failed) {
            String question = oneLine(language == Language.NL ? check.questionNl() : check.questionEn());
            text.append(format("knockout.failed", question, answer(check.requiredAnswer()),
                    check.answer() == null ? text("answer.none") : answer(check.answer())));
        }
        return Optional.of(text.toString());
    }

    private String reasoning() {
        List<String> lines = new ArrayList<>();
        if (result.cvScreened() && result.score() != null) {
            lines.add(format("reasoning.score", result.score().toString(),
                    Integer.toString(ScreeningExplanations.THRESHOLD), text(result.score() >= ScreeningExplanations.THRESHOLD
                            ? "reasoning.atOrAbove" : "reasoning.below")));
        } else if (result.cvScreened()) {
            lines.add(text("reasoning.noWeights"));
        } else {
            lines.add(text("reasoning.noScore"));
        }
        List<RequirementResult> missing = result.requirements().stream()
                .filter(requirement -> requirement.mustHave() && requirement.status() == MatchStatus.MISSING).toList();
        if (!missing.isEmpty()) {
            lines.add(format("reasoning.mustHaveMissing", missing.stream()
                    .map(requirement -> oneLine(requirement.label())).collect(Collectors.joining(", "))));
        }
        if (result.knockoutFailed()) {
            lines.add(text("reasoning.knockoutFailed"));
        }
        lines.add(recommendation());
        return String.join("\n", lines);
    }

    private String recommendation() {
        if (!result.hasDecision()) {
            return text("recommendation.none");
        }
        if ("AUTOMATION_OFF".equals(result.reason())) {
            return text("recommendation.automationOff");
        }
        return switch (result.recommendation()) {
            case "advance" -> text("recommendation.advance");
            case "reject" -> text("recommendation.reject");
            default -> text("recommendation.review");
        };
    }

    private String answer(boolean answer) {
        return text(answer ? "answer.yes" : "answer.no");
    }

    private String decimal(BigDecimal value) {
        return ScreeningExplanations.decimal(value, locale);
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    private static String oneLine(String text) {
        return ScreeningExplanations.oneLine(text);
    }
}
