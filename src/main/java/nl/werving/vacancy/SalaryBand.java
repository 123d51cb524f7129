package nl.werving.vacancy;

import java.math.BigDecimal;
import java.util.Objects;

/** The gross salary range budgeted for a vacancy. An offer above it needs HR's approval. */
public record SalaryBand(BigDecimal min, BigDecimal max) {

    public SalaryBand {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("The lower end of a salary band must not exceed its upper end");
        }
    }

    /** Whether the salary lies above the band's upper end; the upper end itself is inside the band. */
    public boolean isExceededBy(BigDecimal salary) {
        return salary.compareTo(max) > 0;
    }
}
