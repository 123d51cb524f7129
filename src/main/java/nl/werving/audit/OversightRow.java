package nl.werving.audit;

import java.util.UUID;

/**
 * Human oversight of one reviewer at one stage of one vacancy.
 *
 * @param reviewer the reviewer's Camunda user id (a pseudonymous staff id)
 * @param reviews decisions the reviewer recorded
 * @param withRecommendation of those, the ones taken after seeing a recommendation that proposed an outcome
 * (advance or reject): the only ones that can be overridden
 * @param overridden of those, the ones that went against the recommendation
 * @param overrideShare overridden / withRecommendation; null when no recommendation was shown
 * @param timedReviews completed review tasks of the reviewer whose times the engine holds
 * @param medianReviewSeconds median time from task created to task completed; null without timed reviews
 * @param quickReviewShare share of timed reviews completed in less than the quick-review threshold
 * @param rubberStamping no override at all, a median review time under the threshold, over at least the minimum
 * number of reviews with a recommendation
 */
public record OversightRow(UUID vacancyId, String stage, String reviewer, int reviews, int withRecommendation,
        int overridden, Double overrideShare, int timedReviews, Double medianReviewSeconds, Double quickReviewShare,
        boolean rubberStamping) {
}
