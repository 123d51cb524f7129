package nl.werving.interview;

/** A scorecard that cannot be recorded; the message names the problem (never the evidence itself). */
public class InvalidScorecardException extends IllegalArgumentException {

    InvalidScorecardException(String message) {
        super(message);
    }
}
