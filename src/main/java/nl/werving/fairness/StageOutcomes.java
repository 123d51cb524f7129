package nl.werving.fairness;

import java.util.EnumMap;
import java.util.Map;

/**
 * Decides each stage's outcome from an application's records (see docs/fairness.md):
 * <ul>
 * <li>screening: every application enters; selected when the screening table recommended {@code advance}, a
 * recruiter advanced it at the screening review, or it was invited to the assessment;</li>
 * <li>assessment: entered when selected at screening; selected when a recruiter advanced it at the assessment
 * review or an interview was planned;</li>
 * <li>interview: entered when selected at assessment; selected when a hiring manager decided to make an offer or
 * an offer exists;</li>
 * <li>offer: entered when selected at interview; selected when hired.</li>
 * </ul>
 * In the first stage it was not selected in, an ended application is {@link StageOutcome#WITHDREW} when the
 * candidate withdrew or declined the offer, {@link StageOutcome#NOT_SELECTED} otherwise; a running one is
 * {@link StageOutcome#PENDING}.
 */
final class StageOutcomes {

    private StageOutcomes() {
    }

    static Map<FairnessStage, StageOutcome> of(ApplicationRecord record) {
        boolean hired = "HIRED".equals(record.status());
        boolean offered = hired || record.offerMade() || record.decisions().contains("HIRING:offer");
        boolean interviewed = offered || record.interviewPlanned()
                || record.decisions().contains("ASSESSMENT_REVIEW:advance");
        boolean assessed = interviewed || record.assessmentInvited()
                || "advance".equals(record.screeningRecommendation())
                || record.decisions().contains("SCREENING_REVIEW:advance");
        boolean[] selected = {assessed, interviewed, offered, hired};
        StageOutcome ending = switch (record.status()) {
            case "SUBMITTED" -> StageOutcome.PENDING;
            case "WITHDRAWN", "OFFER_DECLINED" -> StageOutcome.WITHDREW;
            default -> StageOutcome.NOT_SELECTED;
        };
        Map<FairnessStage, StageOutcome> outcomes = new EnumMap<>(FairnessStage.class);
        boolean entered = true;
        for (FairnessStage stage : FairnessStage.values()) {
            if (!entered) {
                outcomes.put(stage, StageOutcome.NOT_ENTERED);
            } else if (selected[stage.ordinal()]) {
                outcomes.put(stage, StageOutcome.SELECTED);
            } else {
                outcomes.put(stage, ending);
                entered = false;
            }
        }
        return outcomes;
    }
}
