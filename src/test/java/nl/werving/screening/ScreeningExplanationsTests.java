package nl.werving.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.werving.applicant.Language;
import nl.werving.vacancy.RequirementKind;
import org.junit.jupiter.api.Test;

class ScreeningExplanationsTests {

    private static final String SECRET_PASSAGE = "Senior Java-ontwikkelaar bij Qx81 Zorggroep";

    private final ScreeningExplanations explanations = new ScreeningExplanations();

    private static RequirementResult requirement(String label, boolean mustHave, Integer years, String level,
            MatchStatus status, String yearsFound, String contribution) {
        return new RequirementResult(UUID.randomUUID(), label, RequirementKind.SKILL, mustHave, 5, years, level, status,
                yearsFound == null ? null : new BigDecimal(yearsFound), new BigDecimal(contribution),
                List.of(new Evidence(SECRET_PASSAGE, 120, 120 + SECRET_PASSAGE.length())));
    }

    private static ScreeningResult result(Integer score, boolean mustHaveMissing, boolean knockoutFailed,
            String recommendation, String reason, List<KnockoutCheck> checks) {
        return new ScreeningResult(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 4, true, score,
                mustHaveMissing, knockoutFailed, List.of(
                        requirement("Java", true, 5, null, MatchStatus.PARTIAL, "3.5", "25.00"),
                        requirement("Nederlands", false, null, "C1", MatchStatus.MATCHED, null, "37.50"),
                        requirement("BIG-registratie", true, null, null, MatchStatus.MISSING, null, "0.00")),
                checks, recommendation == null ? null : "ScreeningDecision", recommendation == null ? null : 2,
                recommendation, reason, Instant.parse("2025-06-01T10:00:00Z"));
    }

    private static ScreeningResult typical() {
        return result(63, true, false, "review", "SCORE_BELOW_THRESHOLD", List.of(
                new KnockoutCheck(UUID.randomUUID(), "Are you allowed to work in the Netherlands?",
                        "Mag je in Nederland werken?", true, true)));
    }

    @Test
    void theDutchExplanationSaysWhatWasCheckedFoundAndDecidedInPlainWords() {
        String text = explanations.explain(typical(), Language.NL);

        assertThat(text)
                .contains("Java (verplicht, minimaal 5 jaar): gedeeltelijk gevonden, 3,5 jaar ervaring gevonden.")
                .contains("Nederlands (gewenst, niveau C1): gevonden.")
                .contains("BIG-registratie (verplicht): niet gevonden.")
                .contains("je score op 63 van de 100").contains("Vanaf 70")
                .contains("Een verplichte eis hebben we niet in je cv gevonden (BIG-registratie)")
                .contains("voldoen aan de eisen van de vacature")
                .contains("Een recruiter neemt de beslissing").contains("Software wijst nooit zelf een sollicitatie af")
                .contains("Antwoord op de e-mail").contains("statuspagina")
                .contains("naam, leeftijd, geslacht, nationaliteit");
    }

    @Test
    void theEnglishExplanationSaysTheSame() {
        String text = explanations.explain(typical(), Language.EN);

        assertThat(text)
                .contains("Java (required, at least 5 years): partly found, 3.5 years of experience found.")
                .contains("Nederlands (nice to have, level C1): found.")
                .contains("BIG-registratie (required): not found.")
                .contains("a score of 63 out of 100").contains("From 70")
                .contains("We did not find a required item in your CV (BIG-registratie)")
                .contains("A recruiter makes the decision").contains("Software never rejects an application by itself")
                .contains("Reply to the e-mail").contains("status page")
                .contains("The recommendation is: a recruiter reviews your application.");
    }

    @Test
    void oneYearIsSingularInEnglishAndDutchHasOneForm() {
        ScreeningResult oneYear = new ScreeningResult(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 4,
                true, 80, false, false, List.of(requirement("Excel", false, 1, null, MatchStatus.MATCHED, "1", "10")),
                List.of(), "ScreeningDecision", 2, "advance", "SCORE_AT_OR_ABOVE_THRESHOLD",
                Instant.parse("2025-06-01T10:00:00Z"));

        assertThat(explanations.explain(oneYear, Language.EN)).contains("Excel (nice to have, at least 1 year): found, "
                + "1 year of experience found.").contains("The recommendation is: move on to the next step.");
        assertThat(explanations.explain(oneYear, Language.NL)).contains("Excel (gewenst, minimaal 1 jaar): gevonden, "
                + "1 jaar ervaring gevonden.");
    }

    @Test
    void noCvPassageReachesTheCandidateExplanation() {
        for (Language language : Language.values()) {
            assertThat(explanations.explain(typical(), language)).doesNotContain("Qx81").doesNotContain("Zorggroep");
        }
    }

    @Test
    void aFailedKnockoutNamesTheQuestionAndThatTheRecruiterMustAgree() {
        ScreeningResult result = result(90, false, true, "reject", "KNOCKOUT_FAILED", List.of(
                new KnockoutCheck(UUID.randomUUID(), "Do you hold a driving licence B?", "Heb je rijbewijs B?", true,
                        false),
                new KnockoutCheck(UUID.randomUUID(), "Can you start in May?", "Kun je in mei beginnen?", true, null)));

        assertThat(explanations.explain(result, Language.NL)).contains("Heb je rijbewijs B? Gevraagd: ja, jouw antwoord: nee.")
                .contains("Kun je in mei beginnen? Gevraagd: ja, jouw antwoord: niet beantwoord.")
                .contains("Dat gebeurt alleen als de recruiter het daarmee eens is.");
        assertThat(explanations.explain(result, Language.EN))
                .contains("Do you hold a driving licence B? Required: yes, your answer: no.")
                .contains("That only happens if the recruiter agrees.")
                .contains("The recommendation to the recruiter is: reject. The recruiter decides.");
    }

    @Test
    void aScoreAtTheThresholdIsExplainedAsAdvancing() {
        ScreeningResult result = result(70, false, false, "advance", "SCORE_AT_OR_ABOVE_THRESHOLD", List.of());

        assertThat(explanations.explain(result, Language.NL)).contains("je score ligt daarop of daarboven")
                .contains("Het advies is: door naar de volgende stap.");
        assertThat(explanations.explain(result, Language.EN)).contains("your score is at or above it")
                .contains("The recommendation is: move on to the next step.");
    }

    @Test
    void anApplicationWithoutACvIsExplainedAsNotScored() {
        ScreeningResult result = new ScreeningResult(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 1,
                false, null, false, false, List.of(), List.of(), null, null, null, null, Instant.now());

        assertThat(explanations.explain(result, Language.NL)).contains("geen cv dat we konden lezen")
                .contains("Er is nog geen advies vastgelegd.");
        assertThat(explanations.explain(result, Language.EN)).contains("without a CV we could read")
                .contains("No recommendation has been recorded yet.");
    }

    @Test
    void theRequirementsOverviewGivesEveryFindingButNeverQuotesTheCv() {
        String summary = explanations.requirementsOverview(typical(), 3900);

        assertThat(summary).contains("**Score 63/100** (threshold 70)").contains("must-have missing: **yes**")
                .contains("- **Java** (skill, must-have, 5+ years): partly matched, 3.5 years found · +25 points")
                .contains("- **BIG-registratie** (skill, must-have): not found · +0 points")
                .doesNotContain(SECRET_PASSAGE).doesNotContain("(at 120)");
    }

    @Test
    void theRequirementsOverviewFitsInTheGivenLength() {
        List<RequirementResult> many = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> requirement("Requirement number " + i + " with a long label", i % 2 == 0, 3, null,
                        MatchStatus.MATCHED, "4.0", "2.50"))
                .toList();
        ScreeningResult result = new ScreeningResult(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 1,
                true, 100, false, false, many, List.of(), null, null, null, null, Instant.now());

        for (int max : new int[] {3900, 2000, 500}) {
            String summary = explanations.requirementsOverview(result, max);
            assertThat(summary.length()).isLessThanOrEqualTo(max);
            assertThat(summary).contains("Requirement number 0").contains("more requirements");
        }
        assertThatThrownBy(() -> explanations.requirementsOverview(result, 4000))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
