package nl.werving.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes selection rates, scoring rates and impact ratios per group, without any I/O. For every dimension and
 * every intersection of two dimensions: applicants and selected per group, the unrounded rate, the impact ratio
 * against the unsuppressed group with the highest rate, and the four-fifths flag; unknowns are counted apart and
 * left out of the rates; groups smaller than the minimum size are suppressed.
 */
public final class FairnessCalculator {

    /** The four-fifths rule of thumb (29 CFR 1607.4(D)). */
    public static final double FOUR_FIFTHS = 0.8;

    private final List<Grouping> groupings;
    private final int minimumGroupSize;

    public FairnessCalculator(List<Dimension> dimensions, int minimumGroupSize) {
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("The minimum group size must be at least 1");
        }
        this.minimumGroupSize = minimumGroupSize;
        this.groupings = groupings(List.copyOf(dimensions));
    }

    /** The rates of every stage and of the screening score. */
    public Result compute(List<ApplicantFacts> applications) {
        List<StageReport> stages = new ArrayList<>();
        for (FairnessStage stage : FairnessStage.values()) {
            stages.add(stage(stage, applications));
        }
        return new Result(stages, scoring(applications));
    }

    /** The stage reports, in stage order, and the scoring report. */
    public record Result(List<StageReport> stages, ScoringReport scoring) {
    }

    StageReport stage(FairnessStage stage, List<ApplicantFacts> applications) {
        int entered = 0;
        int pending = 0;
        int withdrew = 0;
        List<ApplicantFacts> decided = new ArrayList<>();
        for (ApplicantFacts facts : applications) {
            StageOutcome outcome = facts.outcome(stage);
            if (outcome == StageOutcome.NOT_ENTERED) {
                continue;
            }
            entered++;
            if (outcome == StageOutcome.PENDING) {
                pending++;
            } else if (outcome == StageOutcome.WITHDREW) {
                withdrew++;
            } else {
                decided.add(facts);
            }
        }
        Predicate<ApplicantFacts> selected = facts -> facts.outcome(stage) == StageOutcome.SELECTED;
        int selectedCount = (int) decided.stream().filter(selected).count();
        return new StageReport(stage, entered, pending, withdrew, decided.size(), selectedCount,
                tables(decided, selected));
    }

    ScoringReport scoring(List<ApplicantFacts> applications) {
        List<ApplicantFacts> scored = applications.stream().filter(facts -> facts.screeningScore() != null).toList();
        if (scored.isEmpty()) {
            return new ScoringReport(0, null, List.of());
        }
        double median = median(scored.stream().map(ApplicantFacts::screeningScore).toList());
        return new ScoringReport(scored.size(), median, tables(scored, facts -> facts.screeningScore() > median));
    }

    /** One table per dimension and per intersection of two dimensions, over the given applicants. */
    public List<GroupTable> tables(List<ApplicantFacts> population, Predicate<ApplicantFacts> selected) {
        return groupings.stream().map(grouping -> table(grouping, population, selected)).toList();
    }

    private GroupTable table(Grouping grouping, List<ApplicantFacts> population, Predicate<ApplicantFacts> selected) {
        int[] applicants = new int[grouping.groups().size()];
        int[] chosen = new int[applicants.length];
        int unknown = 0;
        for (ApplicantFacts facts : population) {
            String group = grouping.groupOf().apply(facts);
            if (group == null) {
                unknown++;
                continue;
            }
            int index = grouping.groups().indexOf(group);
            applicants[index]++;
            if (selected.test(facts)) {
                chosen[index]++;
            }
        }
        int reference = -1;
        double highest = 0;
        for (int i = 0; i < applicants.length; i++) {
            if (shown(applicants[i])) {
                double rate = (double) chosen[i] / applicants[i];
                if (rate > highest) {
                    highest = rate;
                    reference = i;
                }
            }
        }
        List<GroupRow> rows = new ArrayList<>();
        for (int i = 0; i < applicants.length; i++) {
            String group = grouping.groups().get(i);
            if (!shown(applicants[i])) {
                rows.add(GroupRow.suppressed(group));
                continue;
            }
            double rate = (double) chosen[i] / applicants[i];
            Double ratio = reference < 0 ? null : rate / highest;
            rows.add(new GroupRow(group, false, applicants[i], chosen[i], rate, ratio,
                    ratio == null ? null : ratio < FOUR_FIFTHS));
        }
        return new GroupTable(grouping.name(), unknown, reference < 0 ? null : grouping.groups().get(reference), rows);
    }

    /** A group is shown when it has applicants and at least the minimum number of them. */
    private boolean shown(int applicants) {
        return applicants > 0 && applicants >= minimumGroupSize;
    }

    static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static List<Grouping> groupings(List<Dimension> dimensions) {
        List<Grouping> groupings = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            groupings.add(new Grouping(dimension.name(), dimension.values(),
                    facts -> dimension.groupOf(facts.answers().get(dimension.name()))));
        }
        for (int i = 0; i < dimensions.size(); i++) {
            for (int j = i + 1; j < dimensions.size(); j++) {
                Dimension first = dimensions.get(i);
                Dimension second = dimensions.get(j);
                List<String> groups = new ArrayList<>();
                for (String a : first.values()) {
                    for (String b : second.values()) {
                        groups.add(a + GroupTable.INTERSECTION + b);
                    }
                }
                groupings.add(new Grouping(first.name() + GroupTable.INTERSECTION + second.name(), groups, facts -> {
                    String a = first.groupOf(facts.answers().get(first.name()));
                    String b = second.groupOf(facts.answers().get(second.name()));
                    return a == null || b == null ? null : a + GroupTable.INTERSECTION + b;
                }));
            }
        }
        return List.copyOf(groupings);
    }

    private record Grouping(String name, List<String> groups, Function<ApplicantFacts, String> groupOf) {
        Grouping {
            Objects.requireNonNull(name);
            groups = List.copyOf(groups);
        }
    }
}
