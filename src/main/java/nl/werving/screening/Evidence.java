package nl.werving.screening;

import java.util.Objects;

/**
 * A CV passage that supports a finding: the passage as it reads after protected attributes were removed, and its
 * position [start, end) in the CV text (the same in the original and the redacted text). Personal data: its
 * {@code toString} shows the position only.
 */
public record Evidence(String passage, int start, int end) {

    public Evidence {
        Objects.requireNonNull(passage, "passage");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Evidence needs 0 <= start <= end");
        }
    }

    @Override
    public String toString() {
        return "Evidence[" + start + ".." + end + "]";
    }
}
