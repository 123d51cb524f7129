package nl.werving.process.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.werving.governance.DecisionTable;
import nl.werving.governance.DecisionTableComparison;
import nl.werving.governance.DecisionTableDiff;
import nl.werving.governance.DecisionTableDiff.CellChange;
import nl.werving.support.ShippedModels;
import org.junit.jupiter.api.Test;

class DmnDecisionTablesTests {

    @Test
    void readsTheShippedScreeningDecisionWithItsColumnsRulesAndAnnotations() {
        DecisionTable table = read(ShippedModels.screeningDecision(), 1);

        assertThat(table.key()).isEqualTo(ShippedModels.SCREENING_DECISION);
        assertThat(table.hitPolicy()).isEqualTo("FIRST");
        assertThat(table.inputs()).extracting(DecisionTable.Clause::id).containsExactly("Input_AutomationAllowed",
                "Input_KnockoutFailed", "Input_MustHaveMissing", "Input_ScreeningScore");
        assertThat(table.outputs()).extracting(DecisionTable.Clause::expression)
                .containsExactly("recommendation", "reason", "explanationEn", "explanationNl");
        assertThat(table.rules()).extracting(DecisionTable.Rule::id).startsWith("Rule_AutomationOff")
                .endsWith("Rule_ScoreBelowThreshold");
        DecisionTable.Rule threshold = table.rules().stream()
                .filter(rule -> rule.id().equals(ShippedModels.CHANGED_RULE)).findFirst().orElseThrow();
        assertThat(threshold.inputEntries()).containsEntry("Input_ScreeningScore", ">= 70")
                .containsEntry("Input_AutomationAllowed", "-");
        assertThat(threshold.outputEntries()).containsEntry("Output_Recommendation", "\"advance\"");
        assertThat(threshold.annotation()).startsWith("The screening score is 70 or more");
    }

    @Test
    void theEditedScreeningDecisionDiffersByOneChangedAndOneAddedRule() {
        DecisionTable shipped = read(ShippedModels.screeningDecision(), 1);
        DecisionTable edited = read(ShippedModels.screeningDecisionEdited(), 2);

        DecisionTableDiff diff = DecisionTableComparison.compare(shipped, edited);

        assertThat(diff.hitPolicy()).isNull();
        assertThat(diff.inputsAdded()).isEmpty();
        assertThat(diff.outputsRemoved()).isEmpty();
        assertThat(diff.rulesRemoved()).isEmpty();
        assertThat(diff.rulesAdded()).extracting(DecisionTableDiff.RuleView::id).containsExactly(ShippedModels.ADDED_RULE);
        assertThat(diff.rulesChanged()).singleElement().satisfies(change -> {
            assertThat(change.id()).isEqualTo(ShippedModels.CHANGED_RULE);
            assertThat(change.inputs()).filteredOn(CellChange::changed).containsExactly(
                    new CellChange("Input_ScreeningScore", "Screening score", ">= 70", ">= 70.0", true));
            assertThat(change.annotation().to()).isEqualTo("A screening score of at least 70 recommends advancing.");
        });
    }

    @Test
    void aDecisionThatIsNotInTheDocumentIsEmpty() {
        assertThat(DmnDecisionTables.read(stream(ShippedModels.screeningDecision()), "OtherDecision", 1)).isEmpty();
    }

    private static DecisionTable read(String dmn, int version) {
        return DmnDecisionTables.read(stream(dmn), ShippedModels.SCREENING_DECISION, version).orElseThrow();
    }

    private static ByteArrayInputStream stream(String dmn) {
        return new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8));
    }
}
