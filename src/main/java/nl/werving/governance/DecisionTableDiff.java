package nl.werving.governance;

import java.util.List;
import nl.werving.governance.DecisionTable.Clause;

/**
 * What changed from one version of a decision table to another. Columns and rules are matched by their ids (the
 * ids the Modeler gives them and keeps when they are edited); a rule whose cells or annotation differ is changed.
 * A rule's position is shown in both versions, but a move alone is not a change (it matters only for the hit
 * policies FIRST, RULE ORDER and OUTPUT ORDER, whose change shows as well).
 *
 * @param hitPolicy null when the hit policy is the same in both versions
 * @param inputsChanged input columns with the same id whose label or expression differs
 * @param rulesChanged rules in both versions whose entries or annotation differ, every column side by side
 */
public record DecisionTableDiff(String key, int from, int to, Change hitPolicy, List<Clause> inputsAdded,
        List<Clause> inputsRemoved, List<ClauseChange> inputsChanged, List<Clause> outputsAdded,
        List<Clause> outputsRemoved, List<ClauseChange> outputsChanged, List<RuleView> rulesAdded,
        List<RuleView> rulesRemoved, List<RuleChange> rulesChanged) {

    /** True when the two versions have the same columns, rules and hit policy. */
    public boolean unchanged() {
        return hitPolicy == null && inputsAdded.isEmpty() && inputsRemoved.isEmpty() && inputsChanged.isEmpty()
                && outputsAdded.isEmpty() && outputsRemoved.isEmpty() && outputsChanged.isEmpty()
                && rulesAdded.isEmpty() && rulesRemoved.isEmpty() && rulesChanged.isEmpty();
    }

    /** A value in the 'from' version and in the 'to' version. */
    public record Change(String from, String to) {
    }

    /** A column in both versions, with its label or expression changed. */
    public record ClauseChange(String id, Clause from, Clause to) {
    }

    /** A cell: the column's title (label, or expression) and the entry. */
    public record Cell(String clauseId, String clause, String entry) {
    }

    /** A rule as it is in one version; position counts from 1. */
    public record RuleView(String id, int position, List<Cell> inputs, List<Cell> outputs, String annotation) {
    }

    /**
     * A cell side by side: null in a version that does not have the column.
     */
    public record CellChange(String clauseId, String clause, String from, String to, boolean changed) {
    }

    /**
     * A rule in both versions with its cells side by side (the columns of both versions, 'from' order first).
     *
     * @param annotation null when the annotation is the same
     */
    public record RuleChange(String id, int fromPosition, int toPosition, List<CellChange> inputs,
            List<CellChange> outputs, Change annotation) {
    }
}
