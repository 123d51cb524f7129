package nl.werving.screening;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.werving.applicant.Language;
import org.springframework.stereotype.Component;

/**
 * Plain-language explanations of a stored screening result. {@link #explain} is for the candidate (Dutch or
 * English): what was checked, what was found, how that led to the recommendation, that a person decides, and how to
 * ask for more or contest it; it names requirements by their label and never quotes the CV. {@link #evidenceSummary}
 * is Markdown for the recruiter's review task and does quote the (redacted) CV passages.
 */
@Component
public class ScreeningExplanations {

    /** The score from which ScreeningDecision.dmn recommends advancing (rule Rule_ScoreAtOrAboveThreshold). */
    public static final int THRESHOLD = 70;

    /** The most a Camunda string variable holds comfortably; summaries never exceed it. */
    public static final int MAX_SUMMARY_CHARS = 3900;

    private static final int[] QUOTE_LENGTHS = {200, 120, 60, 0};

    public ScreeningExplanations() {
        // stateless
    }

    /** The explanation for the candidate, in their language. */
    public String explain(ScreeningResult result, Language language) {
        return language == Language.NL ? new Dutch(result).text() : new English(result).text();
    }

    /**
     * The evidence for the recruiter as Markdown: the score and flags, then one bullet per requirement with its
     * label, status, years, the evidence passage quoted and its contribution. Quotes are shortened, and trailing
     * requirements summarised, until the text fits in {@code maxChars}.
     *
     * @throws IllegalArgumentException when maxChars is not between 200 and {@value #MAX_SUMMARY_CHARS}
     */
    public String evidenceSummary(ScreeningResult result, int maxChars) {
        if (maxChars < 200 || maxChars > MAX_SUMMARY_CHARS) {
            throw new IllegalArgumentException("maxChars lies between 200 and " + MAX_SUMMARY_CHARS);
        }
        String header = summaryHeader(result);
        for (int quoteLength : QUOTE_LENGTHS) {
            String summary = header + bullets(result.requirements(), quoteLength, result.requirements().size());
            if (summary.length() <= maxChars) {
                return summary;
            }
        }
        for (int shown = result.requirements().size() - 1; shown >= 0; shown--) {
            String summary = header + bullets(result.requirements(), 0, shown);
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
        header.append("Passages are from the CV with name, age, gender, nationality, marital status and address "
                + "removed.\n\n");
        return header.toString();
    }

    private static String bullets(List<RequirementResult> requirements, int quoteLength, int shown) {
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
                bullets.append(", ").append(years(requirement.yearsFound(), Locale.ENGLISH)).append(" years found");
            }
            bullets.append(" · +").append(points(requirement.contribution(), Locale.ENGLISH)).append(" points");
            if (quoteLength > 0 && !requirement.evidence().isEmpty()) {
                Evidence evidence = requirement.evidence().get(0);
                bullets.append("\n  > ").append(quote(evidence.passage(), quoteLength))
                        .append(" (at ").append(evidence.start()).append(')');
            }
            bullets.append('\n');
        }
        if (shown < requirements.size()) {
            bullets.append("- … and ").append(requirements.size() - shown).append(" more requirements (see the stored "
                    + "screening result)\n");
        }
        return bullets.toString();
    }

    private static String quote(String passage, int max) {
        String flat = oneLine(passage).replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    private static String oneLine(String text) {
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

    static String years(BigDecimal years, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return format.format(years);
    }

    static String points(BigDecimal points, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return format.format(points);
    }

    private static List<RequirementResult> mustHavesMissing(ScreeningResult result) {
        return result.requirements().stream()
                .filter(requirement -> requirement.mustHave() && requirement.status() == MatchStatus.MISSING).toList();
    }

    private static String labels(List<RequirementResult> requirements) {
        return requirements.stream().map(requirement -> oneLine(requirement.label()))
                .collect(Collectors.joining(", "));
    }

    /** The candidate's explanation in Dutch ("je"-form). */
    private static final class Dutch {

        private static final Locale NL = Locale.forLanguageTag("nl-NL");
        private final ScreeningResult result;

        Dutch(ScreeningResult result) {
            this.result = result;
        }

        String text() {
            List<String> parts = new ArrayList<>();
            parts.add("Uitleg bij de beoordeling van je sollicitatie");
            if (result.cvScreened()) {
                parts.add("We hebben je cv automatisch vergeleken met de eisen van de vacature. Gegevens die niets "
                        + "zeggen over je geschiktheid, zoals je naam, leeftijd, geslacht, nationaliteit, burgerlijke "
                        + "staat, adres en foto, zijn daarbij weggelaten.");
                parts.add("Wat we hebben gecontroleerd en wat we vonden:\n" + requirements());
            } else {
                parts.add("Bij je sollicitatie zat geen cv dat we konden lezen. Je cv is daarom niet automatisch "
                        + "beoordeeld en er is geen score berekend.");
            }
            knockouts().ifPresent(parts::add);
            parts.add("Hoe dit tot het advies leidde:\n" + reasoning());
            parts.add("Een recruiter neemt de beslissing. Software wijst nooit zelf een sollicitatie af: het advies "
                    + "is alleen een hulpmiddel, en de recruiter kan ervan afwijken.");
            parts.add("Wil je meer uitleg, of ben je het niet eens met de beoordeling? Antwoord op de e-mail die je "
                    + "van ons hebt gekregen of gebruik de statuspagina van je sollicitatie. Dan kijkt een mens "
                    + "opnieuw naar je sollicitatie en kun je je eigen kant van het verhaal geven. Klopt er iets niet "
                    + "in je gegevens, dan kun je vragen om het te verbeteren; we beoordelen je sollicitatie dan "
                    + "opnieuw.");
            return String.join("\n\n", parts);
        }

        private String requirements() {
            if (result.requirements().isEmpty()) {
                return "- De vacature had geen eisen om je cv mee te vergelijken.";
            }
            StringBuilder lines = new StringBuilder();
            for (RequirementResult requirement : result.requirements()) {
                lines.append("- ").append(oneLine(requirement.label())).append(" (")
                        .append(requirement.mustHave() ? "verplicht" : "gewenst");
                if (requirement.minimumYears() != null) {
                    lines.append(", minimaal ").append(requirement.minimumYears()).append(" jaar");
                }
                if (requirement.level() != null) {
                    lines.append(", niveau ").append(oneLine(requirement.level()));
                }
                lines.append("): ").append(switch (requirement.status()) {
                    case MATCHED -> "gevonden";
                    case PARTIAL -> "gedeeltelijk gevonden";
                    case MISSING -> "niet gevonden";
                });
                if (requirement.yearsFound() != null) {
                    lines.append(", ").append(years(requirement.yearsFound(), NL)).append(" jaar ervaring gevonden");
                }
                lines.append(".\n");
            }
            return lines.toString().stripTrailing();
        }

        private java.util.Optional<String> knockouts() {
            if (result.knockoutChecks().isEmpty()) {
                return java.util.Optional.empty();
            }
            List<KnockoutCheck> failed = result.knockoutChecks().stream().filter(KnockoutCheck::failed).toList();
            if (failed.isEmpty()) {
                return java.util.Optional.of("Je antwoorden op de knock-outvragen voldoen aan de eisen van de "
                        + "vacature.");
            }
            StringBuilder text = new StringBuilder("Bij deze knock-outvragen past je antwoord niet bij wat de "
                    + "vacature vraagt:");
            for (KnockoutCheck check : failed) {
                text.append("\n- ").append(oneLine(check.questionNl())).append(" Gevraagd: ")
                        .append(check.requiredAnswer() ? "ja" : "nee").append(", jouw antwoord: ")
                        .append(check.answer() == null ? "niet beantwoord" : check.answer() ? "ja" : "nee")
                        .append('.');
            }
            return java.util.Optional.of(text.toString());
        }

        private String reasoning() {
            List<String> lines = new ArrayList<>();
            if (result.cvScreened() && result.score() != null) {
                lines.add("Elke eis telt mee naar zijn gewicht; een eis die we gedeeltelijk vonden telt voor de helft. "
                        + "Zo kwam je score op " + result.score() + " van de 100. Vanaf " + THRESHOLD
                        + " is het advies om door te gaan naar de volgende stap; " + (result.score() >= THRESHOLD
                                ? "je score ligt daarop of daarboven." : "je score ligt daaronder, dus een recruiter "
                                        + "bekijkt je sollicitatie."));
            } else if (result.cvScreened()) {
                lines.add("Er is geen score berekend, omdat de vacature geen eisen met een gewicht had. Een recruiter "
                        + "bekijkt je sollicitatie.");
            } else {
                lines.add("Zonder score bekijkt een recruiter je sollicitatie.");
            }
            List<RequirementResult> missing = mustHavesMissing(result);
            if (!missing.isEmpty()) {
                lines.add("Een verplichte eis hebben we niet in je cv gevonden (" + labels(missing) + "). De recruiter "
                        + "weegt dat mee.");
            }
            if (result.knockoutFailed()) {
                lines.add("Omdat een antwoord op een knock-outvraag niet aan de eis voldoet, is het advies aan de "
                        + "recruiter om je sollicitatie af te wijzen. Dat gebeurt alleen als de recruiter het daarmee "
                        + "eens is.");
            }
            lines.add(recommendation());
            return String.join("\n", lines);
        }

        private String recommendation() {
            if (!result.hasDecision()) {
                return "Er is nog geen advies vastgelegd.";
            }
            if ("AUTOMATION_OFF".equals(result.reason())) {
                return "Het advies is niet automatisch gegeven: automatische beoordeling staat uit voor deze vacature "
                        + "of je hebt er bezwaar tegen gemaakt. Een recruiter beoordeelt je sollicitatie.";
            }
            return switch (result.recommendation()) {
                case "advance" -> "Het advies is: door naar de volgende stap.";
                case "reject" -> "Het advies aan de recruiter is: afwijzen. De recruiter beslist.";
                default -> "Het advies is: een recruiter bekijkt je sollicitatie.";
            };
        }
    }

    /** The candidate's explanation in English. */
    private static final class English {

        private final ScreeningResult result;

        English(ScreeningResult result) {
            this.result = result;
        }

        String text() {
            List<String> parts = new ArrayList<>();
            parts.add("How your application was assessed");
            if (result.cvScreened()) {
                parts.add("We compared your CV automatically with the requirements of the vacancy. Details that say "
                        + "nothing about your suitability, such as your name, age, gender, nationality, marital "
                        + "status, address and photo, were left out.");
                parts.add("What we checked and what we found:\n" + requirements());
            } else {
                parts.add("Your application came without a CV we could read. Your CV was therefore not assessed "
                        + "automatically and no score was calculated.");
            }
            knockouts().ifPresent(parts::add);
            parts.add("How this led to the recommendation:\n" + reasoning());
            parts.add("A recruiter makes the decision. Software never rejects an application by itself: the "
                    + "recommendation only assists, and the recruiter can set it aside.");
            parts.add("Would you like more explanation, or do you disagree with the assessment? Reply to the e-mail "
                    + "you received from us or use the status page of your application. A person will then look at "
                    + "your application again, and you can give your side of the story. If something in your details "
                    + "is wrong, you can ask us to correct it; we then assess your application again.");
            return String.join("\n\n", parts);
        }

        private String requirements() {
            if (result.requirements().isEmpty()) {
                return "- The vacancy had no requirements to compare your CV with.";
            }
            StringBuilder lines = new StringBuilder();
            for (RequirementResult requirement : result.requirements()) {
                lines.append("- ").append(oneLine(requirement.label())).append(" (")
                        .append(requirement.mustHave() ? "required" : "nice to have");
                if (requirement.minimumYears() != null) {
                    lines.append(", at least ").append(requirement.minimumYears())
                            .append(requirement.minimumYears() == 1 ? " year" : " years");
                }
                if (requirement.level() != null) {
                    lines.append(", level ").append(oneLine(requirement.level()));
                }
                lines.append("): ").append(switch (requirement.status()) {
                    case MATCHED -> "found";
                    case PARTIAL -> "partly found";
                    case MISSING -> "not found";
                });
                if (requirement.yearsFound() != null) {
                    lines.append(", ").append(years(requirement.yearsFound(), Locale.ENGLISH))
                            .append(" years of experience found");
                }
                lines.append(".\n");
            }
            return lines.toString().stripTrailing();
        }

        private java.util.Optional<String> knockouts() {
            if (result.knockoutChecks().isEmpty()) {
                return java.util.Optional.empty();
            }
            List<KnockoutCheck> failed = result.knockoutChecks().stream().filter(KnockoutCheck::failed).toList();
            if (failed.isEmpty()) {
                return java.util.Optional.of("Your answers to the knock-out questions meet the requirements of the "
                        + "vacancy.");
            }
            StringBuilder text = new StringBuilder("For these knock-out questions your answer does not match what the "
                    + "vacancy asks:");
            for (KnockoutCheck check : failed) {
                text.append("\n- ").append(oneLine(check.questionEn())).append(" Required: ")
                        .append(yesNo(check.requiredAnswer())).append(", your answer: ")
                        .append(check.answer() == null ? "not answered" : yesNo(check.answer())).append('.');
            }
            return java.util.Optional.of(text.toString());
        }

        private String reasoning() {
            List<String> lines = new ArrayList<>();
            if (result.cvScreened() && result.score() != null) {
                lines.add("Each requirement counts by its weight; a requirement we found only partly counts for half. "
                        + "That gave you a score of " + result.score() + " out of 100. From " + THRESHOLD
                        + " the recommendation is to move on to the next step; " + (result.score() >= THRESHOLD
                                ? "your score is at or above it." : "your score is below it, so a recruiter looks at "
                                        + "your application."));
            } else if (result.cvScreened()) {
                lines.add("No score was calculated because the vacancy had no weighted requirements. A recruiter "
                        + "looks at your application.");
            } else {
                lines.add("Without a score, a recruiter looks at your application.");
            }
            List<RequirementResult> missing = mustHavesMissing(result);
            if (!missing.isEmpty()) {
                lines.add("We did not find a required item in your CV (" + labels(missing) + "). The recruiter takes "
                        + "this into account.");
            }
            if (result.knockoutFailed()) {
                lines.add("Because an answer to a knock-out question does not meet the requirement, the "
                        + "recommendation to the recruiter is to reject your application. That only happens if the "
                        + "recruiter agrees.");
            }
            lines.add(recommendation());
            return String.join("\n", lines);
        }

        private String recommendation() {
            if (!result.hasDecision()) {
                return "No recommendation has been recorded yet.";
            }
            if ("AUTOMATION_OFF".equals(result.reason())) {
                return "No automated recommendation was given: automated assessment is switched off for this vacancy "
                        + "or you objected to it. A recruiter reviews your application.";
            }
            return switch (result.recommendation()) {
                case "advance" -> "The recommendation is: move on to the next step.";
                case "reject" -> "The recommendation to the recruiter is: reject. The recruiter decides.";
                default -> "The recommendation is: a recruiter reviews your application.";
            };
        }
    }
}
