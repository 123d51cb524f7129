package nl.werving.process;

import java.util.Map;
import nl.werving.application.Application;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.decision.DecisionReview;
import nl.werving.decision.DecisionReviewRequested;
import nl.werving.decision.DecisionReviews;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one {@code DecisionReview} per review the candidate asked for, in the recording transaction: a request is
 * never recorded without its process, nor the other way round. The business key is the application's reference, so
 * that erasure removes the instance with the application's other work.
 */
@Component
class DecisionReviewStarter {

    private static final Logger log = LoggerFactory.getLogger(DecisionReviewStarter.class);

    private final RuntimeService runtimeService;
    private final Applications applications;
    private final DecisionReviews reviews;

    DecisionReviewStarter(RuntimeService runtimeService, Applications applications, DecisionReviews reviews) {
        this.runtimeService = runtimeService;
        this.applications = applications;
        this.reviews = reviews;
    }

    @EventListener
    void on(DecisionReviewRequested requested) {
        Application application = applications.findById(requested.applicationId())
                .orElseThrow(UnknownApplicationException::new);
        DecisionReview review = reviews.find(requested.reviewId()).orElseThrow(() -> new IllegalStateException(
                "Review " + requested.reviewId() + " was not recorded"));
        String instanceId = runtimeService.startProcessInstanceByKey(DecisionReviewProcess.PROCESS_KEY,
                application.getReference().value(), Map.of(
                        DecisionReviewProcess.VAR_APPLICATION_ID, requested.applicationId().toString(),
                        DecisionReviewProcess.VAR_REVIEW_ID, requested.reviewId().toString(),
                        DecisionReviewProcess.VAR_REVIEW_NUMBER, requested.number(),
                        DecisionReviewProcess.VAR_DUE_AT, review.dueAt().toString(),
                        DecisionReviewProcess.VAR_REMIND_AT,
                        review.dueAt().minus(DecisionReviewProcess.REMIND_BEFORE_DUE).toString()))
                .getId();
        log.info("Review {} of a decision asked for: process {} started", requested.reviewId(), instanceId);
    }
}
