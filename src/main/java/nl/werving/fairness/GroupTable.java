package nl.werving.fairness;

import java.util.List;

/**
 * The groups of one dimension, or of the intersection of two (e.g. {@code sex × age-band}), in one stage.
 *
 * @param dimension the dimension's name, or two names joined by {@code " × "}
 * @param unknown applicants in the stage whose group is unknown (prefer not to say, or no answer): counted here,
 *        left out of every rate
 * @param referenceGroup the unsuppressed group with the highest rate (the first in configured order on a tie),
 *        null when every group is suppressed or no one was selected
 */
public record GroupTable(String dimension, int unknown, String referenceGroup, List<GroupRow> groups) {

    public static final String INTERSECTION = " × ";

    public GroupTable {
        groups = List.copyOf(groups);
    }
}
