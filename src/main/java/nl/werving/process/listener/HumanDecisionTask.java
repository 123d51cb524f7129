package nl.werving.process.listener;

import static nl.werving.process.HiringProcess.TASK_APPROVE_OFFER_BY_HR;
import static nl.werving.process.HiringProcess.TASK_APPROVE_OFFER_BY_MANAGER;
import static nl.werving.process.HiringProcess.TASK_DECIDE_HIRING;
import static nl.werving.process.HiringProcess.TASK_FOLLOW_UP_EXPIRED_OFFER;
import static nl.werving.process.HiringProcess.TASK_FOLLOW_UP_SLOT_CHOICE;
import static nl.werving.process.HiringProcess.TASK_REVIEW_ASSESSMENT;
import static nl.werving.process.HiringProcess.TASK_REVIEW_SCREENING;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werving.decision.DecisionStage;
import nl.werving.process.HiringProcess;

/** Where each human decision task keeps its decision, the recommendation it showed, and its reason. */
public record HumanDecisionTask(DecisionStage stage, String decisionVariable, String recommendationVariable,
        String reasonVariable, Set<String> negativeDecisions) {

    private static final String REASON = HiringProcess.LOCAL_REJECTION_REASON;
    private static final Set<String> REJECT = Set.of("reject");

    public static final Map<String, HumanDecisionTask> BY_TASK = Map.of(
            TASK_REVIEW_SCREENING, new HumanDecisionTask(DecisionStage.SCREENING_REVIEW, "reviewDecision",
                    "screeningRecommendation", REASON, REJECT),
            TASK_REVIEW_ASSESSMENT, new HumanDecisionTask(DecisionStage.ASSESSMENT_REVIEW, "assessmentReviewDecision",
                    "assessmentRecommendation", REASON, REJECT),
            TASK_FOLLOW_UP_SLOT_CHOICE, new HumanDecisionTask(DecisionStage.SLOT_FOLLOW_UP, "slotFollowUpDecision",
                    null, REASON, REJECT),
            TASK_DECIDE_HIRING, new HumanDecisionTask(DecisionStage.HIRING, "hiringDecision", null, REASON, REJECT),
            TASK_APPROVE_OFFER_BY_MANAGER, new HumanDecisionTask(DecisionStage.OFFER_APPROVAL, "offerApproved", null,
                    HiringProcess.VAR_OFFER_APPROVAL_COMMENT, REJECT),
            TASK_APPROVE_OFFER_BY_HR, new HumanDecisionTask(DecisionStage.OFFER_APPROVAL, "offerApproved", null,
                    HiringProcess.VAR_OFFER_APPROVAL_COMMENT, REJECT),
            TASK_FOLLOW_UP_EXPIRED_OFFER, new HumanDecisionTask(DecisionStage.OFFER_FOLLOW_UP, "offerFollowUpDecision",
                    null, REASON, Set.of("close")));

    public static Optional<HumanDecisionTask> of(String taskDefinitionKey) {
        return Optional.ofNullable(BY_TASK.get(taskDefinitionKey));
    }

    boolean isNegative(String decision) {
        return negativeDecisions.contains(decision);
    }
}
