package nl.werving.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werving.governance.DecisionTable.Clause;
import nl.werving.governance.DecisionTable.Rule;
import nl.werving.governance.DecisionTableDiff.CellChange;
import nl.werving.governance.DecisionTableDiff.Change;
import nl.werving.governance.DecisionTableDiff.RuleChange;
import org.junit.jupiter.api.Test;

class DecisionTableComparisonTests {

    private static final Clause SCORE = new Clause("Input_Score", "Score", "screeningScore");
    private static final Clause KNOCKOUT = new Clause("Input_Knockout", "Knock-out failed", "knockoutFailed");
    private static final Clause RECOMMENDATION = new Clause("Output_Recommendation", "Recommendation", "recommendation");
    private static final Clause REASON = new Clause("Output_Reason", null, "reason");

    @Test
    void identicalTablesHaveNoDifferences() {
        DecisionTable table = table(1, "FIRST", List.of(SCORE), List.of(RECOMMENDATION),
                rule("Rule_High", Map.of("Input_Score", ">= 70"), Map.of("Output_Recommendation", "\"advance\""), "High"));

        DecisionTableDiff diff = DecisionTableComparison.compare(table, withVersion(table, 2));

        assertThat(diff.unchanged()).isTrue();
        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
    }

    @Test
    void aChangedEntryShowsEveryCellSideBySideAndMarksTheChangedOne() {
        DecisionTable from = table(1, "FIRST", List.of(KNOCKOUT, SCORE), List.of(RECOMMENDATION),
                rule("Rule_High", entries("Input_Knockout", "false", "Input_Score", ">= 70"),
                        Map.of("Output_Recommendation", "\"advance\""), "Score 70 or more"));
        DecisionTable to = table(2, "FIRST", List.of(KNOCKOUT, SCORE), List.of(RECOMMENDATION),
                rule("Rule_High", entries("Input_Knockout", "false", "Input_Score", ">= 80"),
                        Map.of("Output_Recommendation", "\"advance\""), "Score 80 or more"));

        DecisionTableDiff diff = DecisionTableComparison.compare(from, to);

        assertThat(diff.rulesChanged()).hasSize(1);
        RuleChange change = diff.rulesChanged().get(0);
        assertThat(change.id()).isEqualTo("Rule_High");
        assertThat(change.inputs()).containsExactly(
                new CellChange("Input_Knockout", "Knock-out failed", "false", "false", false),
                new CellChange("Input_Score", "Score", ">= 70", ">= 80", true));
        assertThat(change.outputs()).containsExactly(
                new CellChange("Output_Recommendation", "Recommendation", "\"advance\"", "\"advance\"", false));
        assertThat(change.annotation()).isEqualTo(new Change("Score 70 or more", "Score 80 or more"));
        assertThat(diff.rulesAdded()).isEmpty();
        assertThat(diff.rulesRemoved()).isEmpty();
    }

    @Test
    void aChangedAnnotationAloneIsAChange() {
        DecisionTable from = table(1, "FIRST", List.of(SCORE), List.of(RECOMMENDATION),
                rule("Rule_High", Map.of("Input_Score", ">= 70"), Map.of("Output_Recommendation", "\"advance\""), "Old"));
        DecisionTable to = table(2, "FIRST", List.of(SCORE), List.of(RECOMMENDATION),
                rule("Rule_High", Map.of("Input_Score", ">= 70"), Map.of("Output_Recommendation", "\"advance\""), "New"));

        RuleChange change = DecisionTableComparison.compare(from, to).rulesChanged().get(0);

        assertThat(change.annotation()).isEqualTo(new Change("Old", "New"));
        assertThat(change.inputs()).noneMatch(CellChange::changed);
    }

    @Test
    void rulesAreMatchedByIdSoAddedRemovedAndMovedRulesAreToldApart() {
        Rule high = rule("Rule_High", Map.of("Input_Score", ">= 70"), Map.of("Output_Recommendation", "\"advance\""), "");
        Rule low = rule("Rule_Low", Map.of("Input_Score", "< 70"), Map.of("Output_Recommendation", "\"review\""), "");
        Rule unknown = rule("Rule_NotScored", Map.of("Input_Score", "null"), Map.of("Output_Recommendation", "\"review\""),
                "No score");
        DecisionTable from = table(1, "FIRST", List.of(SCORE), List.of(RECOMMENDATION), high, low);
        DecisionTable to = table(2, "FIRST", List.of(SCORE), List.of(RECOMMENDATION), unknown, high);

        DecisionTableDiff diff = DecisionTableComparison.compare(from, to);

        assertThat(diff.rulesAdded()).singleElement().satisfies(added -> {
            assertThat(added.id()).isEqualTo("Rule_NotScored");
            assertThat(added.position()).isEqualTo(1);
            assertThat(added.inputs()).extracting(DecisionTableDiff.Cell::entry).containsExactly("null");
            assertThat(added.outputs()).extracting(DecisionTableDiff.Cell::entry).containsExactly("\"review\"");
            assertThat(added.annotation()).isEqualTo("No score");
        });
        assertThat(diff.rulesRemoved()).singleElement().satisfies(removed -> {
            assertThat(removed.id()).isEqualTo("Rule_Low");
            assertThat(removed.position()).isEqualTo(2);
        });
        // Rule_High moved from 1 to 2 without a change of content: not listed as changed.
        assertThat(diff.rulesChanged()).isEmpty();
    }

    @Test
    void addedAndRemovedColumnsAreListedAndTheirCellsShowAsAbsentInTheOtherVersion() {
        DecisionTable from = table(1, "UNIQUE", List.of(SCORE), List.of(RECOMMENDATION),
                rule("Rule_High", Map.of("Input_Score", ">= 70"), Map.of("Output_Recommendation", "\"advance\""), null));
        DecisionTable to = table(2, "UNIQUE", List.of(KNOCKOUT), List.of(RECOMMENDATION, REASON),
                rule("Rule_High", Map.of("Input_Knockout", ""), entries("Output_Recommendation", "\"advance\"",
                        "Output_Reason", "\"SCORE\""), null));

        DecisionTableDiff diff = DecisionTableComparison.compare(from, to);

        assertThat(diff.inputsAdded()).containsExactly(KNOCKOUT);
        assertThat(diff.inputsRemoved()).containsExactly(SCORE);
        assertThat(diff.outputsAdded()).containsExactly(REASON);
        assertThat(diff.outputsRemoved()).isEmpty();
        RuleChange change = diff.rulesChanged().get(0);
        assertThat(change.inputs()).containsExactly(
                new CellChange("Input_Score", "Score", ">= 70", null, true),
                new CellChange("Input_Knockout", "Knock-out failed", null, "-", true));
        assertThat(change.outputs()).contains(new CellChange("Output_Reason", "reason", null, "\"SCORE\"", true));
    }

    @Test
    void anEmptyInputEntryAndADashBothMeanAny() {
        DecisionTable from = table(1, "FIRST", List.of(SCORE), List.of(RECOMMENDATION),
                rule("Rule_Any", Map.of("Input_Score", ""), Map.of("Output_Recommendation", "\"review\""), null));
        DecisionTable to = table(2, "FIRST", List.of(SCORE), List.of(RECOMMENDATION),
                rule("Rule_Any", Map.of("Input_Score", " - "), Map.of("Output_Recommendation", "\"review\""), null));

        assertThat(DecisionTableComparison.compare(from, to).unchanged()).isTrue();
    }

    @Test
    void aHitPolicyChangeAndARelabelledColumnAreReported() {
        Clause relabelled = new Clause("Input_Score", "Screening score", "screeningScore");
        DecisionTable from = table(1, "FIRST", List.of(SCORE), List.of(RECOMMENDATION));
        DecisionTable to = table(2, "COLLECT SUM", List.of(relabelled), List.of(RECOMMENDATION));

        DecisionTableDiff diff = DecisionTableComparison.compare(from, to);

        assertThat(diff.hitPolicy()).isEqualTo(new Change("FIRST", "COLLECT SUM"));
        assertThat(diff.inputsChanged()).singleElement().satisfies(change -> {
            assertThat(change.from().label()).isEqualTo("Score");
            assertThat(change.to().label()).isEqualTo("Screening score");
        });
        assertThat(diff.inputsAdded()).isEmpty();
        assertThat(diff.inputsRemoved()).isEmpty();
    }

    private static DecisionTable table(int version, String hitPolicy, List<Clause> inputs, List<Clause> outputs,
            Rule... rules) {
        return new DecisionTable("ScreeningDecision", version, "Screening", hitPolicy, inputs, outputs, List.of(rules));
    }

    private static DecisionTable withVersion(DecisionTable table, int version) {
        return new DecisionTable(table.key(), version, table.name(), table.hitPolicy(), table.inputs(), table.outputs(),
                table.rules());
    }

    private static Rule rule(String id, Map<String, String> inputs, Map<String, String> outputs, String annotation) {
        return new Rule(id, inputs, outputs, annotation);
    }

    private static Map<String, String> entries(String... idsAndTexts) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < idsAndTexts.length; i += 2) {
            entries.put(idsAndTexts[i], idsAndTexts[i + 1]);
        }
        return entries;
    }
}
