package nl.werving.governance;

import java.util.List;
import java.util.Map;

/**
 * A DMN decision table as deployed, reduced to what a reviewer compares.
 *
 * @param hitPolicy the hit policy, with the aggregation for COLLECT (e.g. "COLLECT SUM")
 * @param rules the rules in table order; their entries are keyed by the id of the input or output clause
 */
public record DecisionTable(String key, int version, String name, String hitPolicy, List<Clause> inputs,
        List<Clause> outputs, List<Rule> rules) {

    /**
     * An input or output column.
     *
     * @param expression the input expression, or the output's name
     */
    public record Clause(String id, String label, String expression) {

        /** The label, or the expression when there is none. */
        public String title() {
            return label == null || label.isBlank() ? expression : label;
        }
    }

    /** A rule: its entries per clause id (the text of the cell, "-" and "" both meaning "any") and annotation. */
    public record Rule(String id, Map<String, String> inputEntries, Map<String, String> outputEntries,
            String annotation) {
    }
}
