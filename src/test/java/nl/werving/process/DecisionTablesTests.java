package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision tables in processes/*.dmn: one case per rule (the matched rule id is asserted, so a case
 * that lands on another rule fails), the thresholds' boundaries, the texts every rule must carry, and a
 * deployment into the process engine.
 */
class DecisionTablesTests {

    private static final String SCREENING = "ScreeningDecision";
    private static final String ASSESSMENT = "AssessmentDecision";
    private static final String OFFER_APPROVAL = "OfferApprovalDecision";
    private static final String RETENTION = "RetentionPeriodDecision";
    private static final List<String> DECISIONS = List.of(SCREENING, ASSESSMENT, OFFER_APPROVAL);
    private static final List<String> RECOMMENDATION_OUTPUTS =
            List.of("recommendation", "reason", "explanationEn", "explanationNl");

    @RegisterExtension
    static final ProcessEngineExtension engine =
            ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

    private static final List<DmnEvaluatedDecisionRule> matchedRules = new ArrayList<>();
    private static final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
            .customPostDecisionTableEvaluationListeners(List.of(event -> {
                matchedRules.clear();
                matchedRules.addAll(event.getMatchingRules());
            }))
            .buildEngine();

    static Stream<Arguments> screeningCases() {
        return Stream.of(
                arguments("Rule_AutomationOff", screening(false, false, 85),
                        "review", "AUTOMATION_OFF", "not assessed automatically", "niet automatisch beoordeeld"),
                arguments("Rule_KnockoutFailed", screening(true, true, 85),
                        "reject", "KNOCKOUT_FAILED", "knock-out questions", "knock-outvragen"),
                arguments("Rule_MustHaveMissing", screening(true, false, true, 95),
                        "review", "MUST_HAVE_MISSING", "essential requirements", "essentiële eisen"),
                arguments("Rule_NotScored", screening(true, false, null),
                        "review", "NOT_SCORED", "not been given an automatic score", "geen automatische score"),
                arguments("Rule_ScoreAtOrAboveThreshold", screening(true, false, 85),
                        "advance", "SCORE_AT_OR_ABOVE_THRESHOLD", "meets the screening criteria",
                        "voldoet aan de selectiecriteria"),
                arguments("Rule_ScoreBelowThreshold", screening(true, false, 40),
                        "review", "SCORE_BELOW_THRESHOLD", "below the screening threshold", "onder de selectiedrempel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screeningCases")
    void eachScreeningRuleGivesItsRecommendationReasonAndExplanations(String rule, Map<String, Object> inputs,
            String recommendation, String reason, String english, String dutch) {
        DmnDecisionRuleResult outputs = evaluate(SCREENING, inputs);

        assertThat(matchedRuleId()).isEqualTo(rule);
        assertRecommendation(outputs, recommendation, reason, english, dutch);
    }

    static Stream<Arguments> assessmentCases() {
        return Stream.of(
                arguments("Rule_AutomationOff", assessment(false, 80),
                        "review", "AUTOMATION_OFF", "not evaluated automatically", "niet automatisch beoordeeld"),
                arguments("Rule_ResultMissing", assessment(true, null),
                        "review", "RESULT_MISSING", "not received a result", "geen uitslag"),
                arguments("Rule_Passed", assessment(true, 75),
                        "advance", "PASSED", "meets the level required", "voldoet aan het niveau"),
                arguments("Rule_BelowThreshold", assessment(true, 30),
                        "reject", "BELOW_THRESHOLD", "below the level required", "onder het niveau"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessmentCases")
    void eachAssessmentRuleGivesItsRecommendationReasonAndExplanations(String rule, Map<String, Object> inputs,
            String recommendation, String reason, String english, String dutch) {
        DmnDecisionRuleResult outputs = evaluate(ASSESSMENT, inputs);

        assertThat(matchedRuleId()).isEqualTo(rule);
        assertRecommendation(outputs, recommendation, reason, english, dutch);
    }

    static Stream<Arguments> offerApprovalCases() {
        return Stream.of(
                arguments("Rule_NoSalaryBand", offerApproval(false, false), true, "NO_SALARY_BAND"),
                arguments("Rule_SalaryAboveBand", offerApproval(true, true), true, "SALARY_ABOVE_BAND"),
                arguments("Rule_WithinBand", offerApproval(true, false), false, "WITHIN_BAND"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offerApprovalCases")
    void eachOfferApprovalRuleSaysWhetherHrMustApprove(String rule, Map<String, Object> inputs,
            boolean hrApprovalRequired, String reason) {
        DmnDecisionRuleResult outputs = evaluate(OFFER_APPROVAL, inputs);

        assertThat(matchedRuleId()).isEqualTo(rule);
        assertThat(outputs).containsOnlyKeys("hrApprovalRequired", "reason");
        assertThat(outputs.<Boolean>getEntry("hrApprovalRequired")).isEqualTo(hrApprovalRequired);
        assertThat(outputs.<String>getEntry("reason")).isEqualTo(reason);
    }

    static Stream<Arguments> retentionCases() {
        return Stream.of(
                arguments("Rule_Hired", retention("HIRED", false), "P0D", "HIRED", false),
                arguments("Rule_TalentPoolConsent", retention("REJECTED", true), "P365D", "TALENT_POOL_CONSENT", true),
                arguments("Rule_ProcedureEnded", retention("WITHDRAWN", false), "P28D", "FOUR_WEEKS_AFTER_PROCEDURE",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retentionCases")
    void eachRetentionRuleGivesItsPeriodAndRuleId(String rule, Map<String, Object> inputs, String period,
            String ruleId, boolean consentBased) {
        DmnDecisionRuleResult outputs = evaluate(RETENTION, inputs);

        assertThat(matchedRuleId()).isEqualTo(rule);
        assertThat(outputs).containsOnlyKeys("retentionPeriod", "retentionRule", "consentBased");
        assertThat(outputs.<String>getEntry("retentionPeriod")).isEqualTo(period);
        assertThat(outputs.<String>getEntry("retentionRule")).isEqualTo(ruleId);
        assertThat(outputs.<Boolean>getEntry("consentBased")).isEqualTo(consentBased);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REJECTED", "WITHDRAWN", "OFFER_DECLINED", "OFFER_EXPIRED"})
    void everyEndButAHireKeepsTheDataFourWeeksOrAYearWithTalentPoolConsent(String outcome) {
        assertThat(evaluate(RETENTION, retention(outcome, false)).<String>getEntry("retentionPeriod")).isEqualTo("P28D");
        assertThat(evaluate(RETENTION, retention(outcome, true)).<String>getEntry("retentionPeriod")).isEqualTo("P365D");
    }

    @Test
    void aHiredCandidatesApplicantCopyGoesAtOnceEvenWithTalentPoolConsent() {
        assertThat(evaluate(RETENTION, retention("HIRED", true)).<String>getEntry("retentionPeriod")).isEqualTo("P0D");
    }

    @Test
    void everyRuleOfEveryTableHasExactlyOneCase() {
        assertThat(caseRuleIds(screeningCases())).containsExactlyElementsOf(ruleIds(SCREENING));
        assertThat(caseRuleIds(assessmentCases())).containsExactlyElementsOf(ruleIds(ASSESSMENT));
        assertThat(caseRuleIds(offerApprovalCases())).containsExactlyElementsOf(ruleIds(OFFER_APPROVAL));
        assertThat(caseRuleIds(retentionCases())).containsExactlyElementsOf(ruleIds(RETENTION));
    }

    @Test
    void aScreeningScoreOf70AdvancesAndOf69GoesToAReview() {
        assertThat(evaluate(SCREENING, screening(true, false, 70)).<String>getEntry("reason"))
                .isEqualTo("SCORE_AT_OR_ABOVE_THRESHOLD");
        assertThat(evaluate(SCREENING, screening(true, false, 69)).<String>getEntry("reason"))
                .isEqualTo("SCORE_BELOW_THRESHOLD");
    }

    @Test
    void anAssessmentScoreOf60PassesAndOf59IsBelowTheThreshold() {
        assertThat(evaluate(ASSESSMENT, assessment(true, 60)).<String>getEntry("reason")).isEqualTo("PASSED");
        assertThat(evaluate(ASSESSMENT, assessment(true, 59)).<String>getEntry("reason")).isEqualTo("BELOW_THRESHOLD");
    }

    @Test
    void switchedOffAutomationComesBeforeEveryOtherRule() {
        assertThat(evaluate(SCREENING, screening(false, true, null)).<String>getEntry("reason"))
                .isEqualTo("AUTOMATION_OFF");
        assertThat(evaluate(ASSESSMENT, assessment(false, null)).<String>getEntry("reason"))
                .isEqualTo("AUTOMATION_OFF");
    }

    @Test
    void aFailedKnockoutQuestionOutweighsAHighScore() {
        assertThat(evaluate(SCREENING, screening(true, true, 100)).<String>getEntry("reason"))
                .isEqualTo("KNOCKOUT_FAILED");
    }

    @Test
    void anOfferWithoutSalaryBandNeedsHrEvenWhenNotAboveTheBand() {
        assertThat(evaluate(OFFER_APPROVAL, offerApproval(false, false)).<String>getEntry("reason"))
                .isEqualTo("NO_SALARY_BAND");
        assertThat(evaluate(OFFER_APPROVAL, offerApproval(false, true)).<String>getEntry("reason"))
                .isEqualTo("NO_SALARY_BAND");
    }

    @ParameterizedTest
    @ValueSource(strings = {SCREENING, ASSESSMENT})
    void everyRecommendationRuleHasAReasonCodeAndExplanationsInEnglishAndDutch(String decisionId) {
        DecisionTable table = decisionTable(decisionId);
        assertThat(outputNames(table)).containsExactlyElementsOf(RECOMMENDATION_OUTPUTS);

        for (Rule rule : table.getRules()) {
            Map<String, String> outputs = outputEntries(table, rule);
            assertThat(outputs.get("recommendation")).as(rule.getId())
                    .isIn("\"advance\"", "\"reject\"", "\"review\"");
            assertThat(outputs.get("reason")).as(rule.getId()).matches("\"[A-Z][A-Z_]*\"");
            String english = stringLiteral(outputs.get("explanationEn"));
            String dutch = stringLiteral(outputs.get("explanationNl"));
            assertThat(english).as(rule.getId()).isNotBlank().containsAnyOf("recruiter", "person");
            assertThat(dutch).as(rule.getId()).isNotBlank().containsAnyOf("recruiter", "mens").isNotEqualTo(english);
            assertThat(dutch).as(rule.getId() + " speaks to the candidate informally").containsPattern("\\b[Jj]e\\b");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SCREENING, ASSESSMENT})
    void reasonCodesAreUniqueWithinATable(String decisionId) {
        DecisionTable table = decisionTable(decisionId);

        List<String> reasons = table.getRules().stream().map(rule -> outputEntries(table, rule).get("reason")).toList();
        assertThat(reasons).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {SCREENING, ASSESSMENT, OFFER_APPROVAL, RETENTION})
    void everyDecisionIsAFirstHitTableWithAHistoryTimeToLiveAndDescribedRules(String decisionId) {
        Decision decision = decision(decisionId);
        DecisionTable table = (DecisionTable) decision.getExpression();

        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P180D");
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        for (Rule rule : table.getRules()) {
            assertThat(rule.getId()).matches("Rule_[A-Z][A-Za-z]+");
            assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank();
        }
    }

    @Test
    void theProcessEngineDeploysTheThreeDecisionsWithAHistoryTimeToLiveOf180Days() {
        RepositoryService repository = engine.getRepositoryService();
        Deployment deployment = repository.createDeployment().name("DecisionTablesTests")
                .addClasspathResource("processes/ScreeningDecision.dmn")
                .addClasspathResource("processes/AssessmentDecision.dmn")
                .addClasspathResource("processes/OfferApprovalDecision.dmn")
                .deploy();
        try {
            List<DecisionDefinition> definitions = repository.createDecisionDefinitionQuery()
                    .deploymentId(deployment.getId()).list();

            assertThat(definitions).extracting(DecisionDefinition::getKey)
                    .containsExactlyInAnyOrderElementsOf(DECISIONS);
            assertThat(definitions).extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(180);
            assertThat(engine.getDecisionService().evaluateDecisionTableByKey(SCREENING, screening(true, false, null))
                    .getSingleResult().<String>getEntry("reason")).isEqualTo("NOT_SCORED");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theProcessEngineDeploysTheRetentionPeriodDecision() {
        RepositoryService repository = engine.getRepositoryService();
        Deployment deployment = repository.createDeployment().name("DecisionTablesTests")
                .addClasspathResource("processes/RetentionPeriodDecision.dmn").deploy();
        try {
            DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                    .deploymentId(deployment.getId()).singleResult();

            assertThat(definition.getKey()).isEqualTo(RETENTION);
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
            assertThat(engine.getDecisionService().evaluateDecisionTableByKey(RETENTION, retention("OFFER_EXPIRED", false))
                    .getSingleResult().<String>getEntry("retentionPeriod")).isEqualTo("P28D");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private static Map<String, Object> retention(String outcome, boolean talentPoolConsent) {
        return Map.of("outcome", outcome, "talentPoolConsent", talentPoolConsent);
    }

    private static Map<String, Object> screening(boolean automationAllowed, boolean knockoutFailed, Integer score) {
        return screening(automationAllowed, knockoutFailed, false, score);
    }

    private static Map<String, Object> screening(boolean automationAllowed, boolean knockoutFailed,
            boolean mustHaveMissing, Integer score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("automationAllowed", automationAllowed);
        variables.put("knockoutFailed", knockoutFailed);
        variables.put("mustHaveMissing", mustHaveMissing);
        variables.put("screeningScore", score);
        return variables;
    }

    private static Map<String, Object> assessment(boolean automationAllowed, Integer score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("automationAllowed", automationAllowed);
        variables.put("assessmentScore", score);
        return variables;
    }

    private static Map<String, Object> offerApproval(boolean salaryBandKnown, boolean salaryAboveBand) {
        return Map.of("salaryBandKnown", salaryBandKnown, "salaryAboveBand", salaryAboveBand);
    }

    private static void assertRecommendation(DmnDecisionRuleResult outputs, String recommendation, String reason,
            String english, String dutch) {
        assertThat(outputs).containsOnlyKeys(RECOMMENDATION_OUTPUTS);
        assertThat(outputs.<String>getEntry("recommendation")).isEqualTo(recommendation);
        assertThat(outputs.<String>getEntry("reason")).isEqualTo(reason);
        assertThat(outputs.<String>getEntry("explanationEn")).contains(english);
        assertThat(outputs.<String>getEntry("explanationNl")).contains(dutch);
    }

    private static DmnDecisionRuleResult evaluate(String decisionId, Map<String, Object> inputs) {
        DmnDecision decision;
        try (InputStream dmn = dmnFile(decisionId)) {
            decision = dmnEngine.parseDecision(decisionId, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dmnEngine.evaluateDecisionTable(decision, inputs).getSingleResult();
    }

    private static String matchedRuleId() {
        assertThat(matchedRules).hasSize(1);
        return matchedRules.get(0).getId();
    }

    private static List<String> caseRuleIds(Stream<Arguments> cases) {
        return cases.map(arguments -> (String) arguments.get()[0]).toList();
    }

    private static List<String> ruleIds(String decisionId) {
        return decisionTable(decisionId).getRules().stream().map(Rule::getId).toList();
    }

    private static List<String> outputNames(DecisionTable table) {
        return table.getOutputs().stream().map(Output::getName).toList();
    }

    private static Map<String, String> outputEntries(DecisionTable table, Rule rule) {
        List<String> names = outputNames(table);
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        assertThat(entries).as(rule.getId()).hasSameSizeAs(names);
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), entries.get(i).getText().getTextContent().trim());
        }
        return byName;
    }

    private static String stringLiteral(String feel) {
        assertThat(feel).startsWith("\"").endsWith("\"").hasSizeGreaterThan(2);
        String content = feel.substring(1, feel.length() - 1);
        assertThat(content).doesNotContain("\"");
        return content;
    }

    private static DecisionTable decisionTable(String decisionId) {
        return (DecisionTable) decision(decisionId).getExpression();
    }

    private static Decision decision(String decisionId) {
        try (InputStream dmn = dmnFile(decisionId)) {
            DmnModelInstance model = Dmn.readModelFromStream(dmn);
            Decision decision = model.getModelElementById(decisionId);
            assertThat(decision).as(decisionId).isNotNull();
            return decision;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream dmnFile(String decisionId) {
        InputStream dmn = DecisionTablesTests.class.getClassLoader()
                .getResourceAsStream("processes/" + decisionId + ".dmn");
        assertThat(dmn).as("processes/%s.dmn on the classpath", decisionId).isNotNull();
        return dmn;
    }
}
