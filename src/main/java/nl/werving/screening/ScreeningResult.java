package nl.werving.screening;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored screening of an application: which vacancy requirements version it was matched against, whether a CV
 * was screened at all, the score (0-100, {@code null} when not scored), the flags, each requirement's result with its
 * evidence, the knock-out answers as given, the decision definition (key and version) with its recommendation and
 * reason once the process has attached them, and when it was screened. A read model: changes go through
 * {@link ScreeningResults}. Holds personal data (the evidence); its {@code toString} leaves the details out.
 */
public record ScreeningResult(UUID id, UUID applicationId, UUID vacancyId, int sequenceNumber,
        int requirementsVersion, boolean cvScreened, Integer score, boolean mustHaveMissing, boolean knockoutFailed,
        List<RequirementResult> requirements, List<KnockoutCheck> knockoutChecks, String decisionKey,
        Integer decisionVersion, String recommendation, String reason, Instant screenedAt) {

    public ScreeningResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(screenedAt, "screenedAt");
        requirements = List.copyOf(requirements);
        knockoutChecks = List.copyOf(knockoutChecks);
    }

    /** The non-personal features for the process and the decision table. */
    public ScreeningOutcome outcome() {
        return new ScreeningOutcome(knockoutFailed, mustHaveMissing, score);
    }

    /** Whether the process has attached the decision's recommendation. */
    public boolean hasDecision() {
        return recommendation != null;
    }

    @Override
    public String toString() {
        return "ScreeningResult[" + id + ", application " + applicationId + ", #" + sequenceNumber + ", score "
                + score + ", " + requirements.size() + " requirements]";
    }
}
