package nl.werving.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One decision about an application: an automated recommendation (a decision table evaluated by the engine, or
 * Werving's stored screening result) or a decision a person took. Fields that do not apply are left out.
 *
 * @param kind {@code AUTOMATED} or {@code HUMAN}
 * @param source {@code engine} (the engine's decision history), {@code screening_result} or {@code human_decision}
 * @param inputs the decision's inputs: non-personal features such as knock-out failed, score, salary above band
 * @param reason for a human decision the reason given (personal data, gone after erasure); for a screening result
 * the rule's reason code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRecord(Instant at, String kind, String source, String stage, Integer round, String decisionKey,
        String decisionName, Integer decisionVersion, String deploymentId, Map<String, Object> inputs,
        Map<String, Object> outputs, List<String> matchedRules, String recommendation, String recommendationShown,
        String decision, String reason, String decidedBy, Boolean override) {

    public static final String AUTOMATED = "AUTOMATED";
    public static final String HUMAN = "HUMAN";

    static DecisionRecord engine(EngineAuditHistory.EngineDecision decision) {
        Object recommendation = decision.outputs().get("recommendation");
        return new DecisionRecord(decision.evaluatedAt(), AUTOMATED, "engine", decision.activityId(), null,
                decision.decisionKey(), decision.decisionName(), decision.version(), decision.deploymentId(),
                decision.inputs(), decision.outputs(), decision.matchedRules(),
                recommendation == null ? null : recommendation.toString(), null, null, null, null, null);
    }

    static DecisionRecord screening(Instant at, String decisionKey, Integer decisionVersion,
            Map<String, Object> features, String recommendation, String reasonCode) {
        return new DecisionRecord(at, AUTOMATED, "screening_result", "SCREENING", null, decisionKey, null,
                decisionVersion, null, features, null, null, recommendation, null, null, reasonCode, null, null);
    }

    static DecisionRecord human(Instant at, String stage, int round, String recommendationShown, String decision,
            String reason, String decidedBy, boolean override) {
        return new DecisionRecord(at, HUMAN, "human_decision", stage, round, null, null, null, null, null, null,
                null, null, recommendationShown, decision, reason, decidedBy, override);
    }
}
