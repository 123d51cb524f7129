package nl.werving.fairness;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a fairness report needs about one application, and nothing more: the survey answers (dimension to
 * value; a missing dimension is unknown), the latest screening score (null when not scored) and the outcome per
 * stage.
 */
public record ApplicantFacts(UUID applicationId, Map<String, String> answers, Integer screeningScore,
        Map<FairnessStage, StageOutcome> outcomes) {

    public ApplicantFacts {
        Objects.requireNonNull(applicationId, "applicationId");
        answers = Map.copyOf(answers);
        EnumMap<FairnessStage, StageOutcome> all = new EnumMap<>(FairnessStage.class);
        for (FairnessStage stage : FairnessStage.values()) {
            all.put(stage, outcomes.getOrDefault(stage, StageOutcome.NOT_ENTERED));
        }
        outcomes = Map.copyOf(all);
    }

    public StageOutcome outcome(FairnessStage stage) {
        return outcomes.get(stage);
    }

    @Override
    public String toString() {
        return "ApplicantFacts[" + applicationId + "]";
    }
}
