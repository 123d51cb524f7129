package nl.werving.process.governance;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werving.governance.DecisionTable;
import nl.werving.governance.DecisionTable.Clause;
import nl.werving.governance.DecisionTable.Rule;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;

/** Reads a decision table from DMN XML with Camunda's DMN model API. */
final class DmnDecisionTables {

    private DmnDecisionTables() {
    }

    /**
     * The decision table of the decision with this id in the DMN document; empty when the document has no such
     * decision or the decision is not a table (a literal expression).
     */
    static Optional<DecisionTable> read(InputStream dmn, String decisionKey, int version) {
        DmnModelInstance model = Dmn.readModelFromStream(dmn);
        if (!(model.getModelElementById(decisionKey) instanceof Decision decision)
                || !(decision.getExpression() instanceof org.camunda.bpm.model.dmn.instance.DecisionTable table)) {
            return Optional.empty();
        }
        List<Input> inputs = List.copyOf(table.getInputs());
        List<Output> outputs = List.copyOf(table.getOutputs());
        List<Clause> inputClauses = inputs.stream().map(input -> new Clause(input.getId(), input.getLabel(),
                input.getInputExpression() == null ? null : text(input.getInputExpression().getText()))).toList();
        List<Clause> outputClauses = outputs.stream()
                .map(output -> new Clause(output.getId(), output.getLabel(), output.getName())).toList();
        List<Rule> rules = new ArrayList<>();
        for (org.camunda.bpm.model.dmn.instance.Rule rule : table.getRules()) {
            Map<String, String> inputEntries = new LinkedHashMap<>();
            List<InputEntry> entries = List.copyOf(rule.getInputEntries());
            for (int i = 0; i < entries.size() && i < inputs.size(); i++) {
                inputEntries.put(inputs.get(i).getId(), unaryTests(entries.get(i)));
            }
            Map<String, String> outputEntries = new LinkedHashMap<>();
            List<OutputEntry> results = List.copyOf(rule.getOutputEntries());
            for (int i = 0; i < results.size() && i < outputs.size(); i++) {
                outputEntries.put(outputs.get(i).getId(), literal(results.get(i)));
            }
            String annotation = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
            rules.add(new Rule(rule.getId(), inputEntries, outputEntries, annotation));
        }
        String hitPolicy = table.getHitPolicy() == null ? "UNIQUE" : table.getHitPolicy().name();
        if (table.getAggregation() != null) {
            hitPolicy = hitPolicy + " " + table.getAggregation().name();
        }
        return Optional.of(new DecisionTable(decisionKey, version, decision.getName(), hitPolicy, inputClauses,
                outputClauses, List.copyOf(rules)));
    }

    private static String unaryTests(UnaryTests entry) {
        return text(entry.getText());
    }

    private static String literal(LiteralExpression entry) {
        return text(entry.getText());
    }

    private static String text(Text text) {
        return text == null ? null : text.getTextContent();
    }
}
