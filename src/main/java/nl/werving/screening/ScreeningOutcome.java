package nl.werving.screening;

/**
 * What screening found, as non-personal decision features: whether a knock-out answer failed, whether a
 * must-have requirement is missing from the CV, and a score from 0 to 100, or {@code null} when the
 * application could not be scored.
 */
public record ScreeningOutcome(boolean knockoutFailed, boolean mustHaveMissing, Integer score) {

    public ScreeningOutcome {
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("A screening score lies between 0 and 100");
        }
    }

    /** Nothing was checked automatically: a person looks at the application. */
    public static ScreeningOutcome notScored() {
        return new ScreeningOutcome(false, false, null);
    }
}
