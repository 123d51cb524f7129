package nl.werving.fairness;

import java.util.List;
import java.util.Objects;

/**
 * One question of the diversity survey, e.g. {@code sex}, with the values a candidate may choose. "Prefer not
 * to say" ({@link #PREFER_NOT_TO_SAY}) is always allowed and counts as unknown.
 */
public record Dimension(String name, List<String> values) {

    public static final String PREFER_NOT_TO_SAY = "prefer-not-to-say";

    public Dimension {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        if (name.isBlank() || values.isEmpty()) {
            throw new IllegalArgumentException("A dimension needs a name and at least one value");
        }
        if (values.contains(PREFER_NOT_TO_SAY)) {
            throw new IllegalArgumentException("'" + PREFER_NOT_TO_SAY + "' is always allowed; do not list it");
        }
    }

    /** Whether a candidate may give this answer. */
    public boolean allows(String value) {
        return PREFER_NOT_TO_SAY.equals(value) || values.contains(value);
    }

    /** The group an answer puts a candidate in, or null when it is unknown. */
    String groupOf(String answer) {
        return answer != null && values.contains(answer) ? answer : null;
    }
}
