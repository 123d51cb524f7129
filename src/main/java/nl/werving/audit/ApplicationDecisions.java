package nl.werving.audit;

import java.util.List;

/** An application's decision records, oldest first. */
public record ApplicationDecisions(String reference, boolean erased, List<DecisionRecord> decisions) {
}
