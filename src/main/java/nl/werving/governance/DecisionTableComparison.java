package nl.werving.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.werving.governance.DecisionTable.Clause;
import nl.werving.governance.DecisionTable.Rule;
import nl.werving.governance.DecisionTableDiff.Cell;
import nl.werving.governance.DecisionTableDiff.CellChange;
import nl.werving.governance.DecisionTableDiff.Change;
import nl.werving.governance.DecisionTableDiff.ClauseChange;
import nl.werving.governance.DecisionTableDiff.RuleChange;
import nl.werving.governance.DecisionTableDiff.RuleView;

/**
 * Compares two versions of a decision table (pure computation). An empty input entry and "-" both mean "any" and
 * compare equal; entries and annotations are compared with surrounding white space removed.
 */
public final class DecisionTableComparison {

    private static final String ANY = "-";

    private DecisionTableComparison() {
    }

    public static DecisionTableDiff compare(DecisionTable from, DecisionTable to) {
        Change hitPolicy = Objects.equals(from.hitPolicy(), to.hitPolicy()) ? null
                : new Change(from.hitPolicy(), to.hitPolicy());
        Map<String, Clause> inputs = union(from.inputs(), to.inputs());
        Map<String, Clause> outputs = union(from.outputs(), to.outputs());
        Map<String, Integer> fromPositions = positions(from.rules());
        Map<String, Integer> toPositions = positions(to.rules());
        List<RuleView> added = new ArrayList<>();
        List<RuleChange> changed = new ArrayList<>();
        for (Rule rule : to.rules()) {
            Integer fromPosition = fromPositions.get(rule.id());
            if (fromPosition == null) {
                added.add(view(rule, toPositions.get(rule.id()), to));
                continue;
            }
            Rule before = from.rules().get(fromPosition - 1);
            List<CellChange> inputCells = cells(inputs, before.inputEntries(), rule.inputEntries(), true);
            List<CellChange> outputCells = cells(outputs, before.outputEntries(), rule.outputEntries(), false);
            Change annotation = Objects.equals(text(before.annotation()), text(rule.annotation())) ? null
                    : new Change(text(before.annotation()), text(rule.annotation()));
            boolean cellsChanged = inputCells.stream().anyMatch(CellChange::changed)
                    || outputCells.stream().anyMatch(CellChange::changed);
            if (cellsChanged || annotation != null) {
                changed.add(new RuleChange(rule.id(), fromPosition, toPositions.get(rule.id()), inputCells,
                        outputCells, annotation));
            }
        }
        List<RuleView> removed = from.rules().stream().filter(rule -> !toPositions.containsKey(rule.id()))
                .map(rule -> view(rule, fromPositions.get(rule.id()), from)).toList();
        return new DecisionTableDiff(to.key(), from.version(), to.version(), hitPolicy,
                missingFrom(to.inputs(), from.inputs()), missingFrom(from.inputs(), to.inputs()),
                clauseChanges(from.inputs(), to.inputs()), missingFrom(to.outputs(), from.outputs()),
                missingFrom(from.outputs(), to.outputs()), clauseChanges(from.outputs(), to.outputs()),
                List.copyOf(added), removed, List.copyOf(changed));
    }

    /** The clauses of {@code clauses} whose id {@code other} lacks. */
    private static List<Clause> missingFrom(List<Clause> clauses, List<Clause> other) {
        return clauses.stream().filter(clause -> other.stream().noneMatch(o -> o.id().equals(clause.id()))).toList();
    }

    private static List<ClauseChange> clauseChanges(List<Clause> from, List<Clause> to) {
        List<ClauseChange> changes = new ArrayList<>();
        for (Clause before : from) {
            to.stream().filter(after -> after.id().equals(before.id())).findFirst()
                    .filter(after -> !Objects.equals(text(before.label()), text(after.label()))
                            || !Objects.equals(text(before.expression()), text(after.expression())))
                    .ifPresent(after -> changes.add(new ClauseChange(before.id(), before, after)));
        }
        return List.copyOf(changes);
    }

    /** The columns of both versions by id, the 'from' version's first; the newer title wins. */
    private static Map<String, Clause> union(List<Clause> from, List<Clause> to) {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        from.forEach(clause -> clauses.put(clause.id(), clause));
        to.forEach(clause -> clauses.put(clause.id(), clause));
        return clauses;
    }

    private static Map<String, Integer> positions(List<Rule> rules) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            positions.putIfAbsent(rules.get(i).id(), i + 1);
        }
        return positions;
    }

    private static List<CellChange> cells(Map<String, Clause> clauses, Map<String, String> from,
            Map<String, String> to, boolean input) {
        List<CellChange> cells = new ArrayList<>();
        clauses.forEach((id, clause) -> {
            String before = entry(from, id, input);
            String after = entry(to, id, input);
            cells.add(new CellChange(id, clause.title(), before, after, !Objects.equals(before, after)));
        });
        return List.copyOf(cells);
    }

    private static RuleView view(Rule rule, int position, DecisionTable table) {
        List<Cell> inputs = table.inputs().stream()
                .map(clause -> new Cell(clause.id(), clause.title(), entry(rule.inputEntries(), clause.id(), true)))
                .toList();
        List<Cell> outputs = table.outputs().stream()
                .map(clause -> new Cell(clause.id(), clause.title(), entry(rule.outputEntries(), clause.id(), false)))
                .toList();
        return new RuleView(rule.id(), position, inputs, outputs, text(rule.annotation()));
    }

    /** The cell's text; null when the rule has no cell for the column; "-" for an empty input entry. */
    private static String entry(Map<String, String> entries, String clauseId, boolean input) {
        if (!entries.containsKey(clauseId)) {
            return null;
        }
        String text = text(entries.get(clauseId));
        return input && (text == null || text.isEmpty()) ? ANY : text;
    }

    private static String text(String value) {
        return value == null ? null : value.strip();
    }
}
