package nl.werving.process.listener;

import java.util.Locale;
import nl.werving.applicant.Language;
import nl.werving.decision.DecisionReview;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.HumanDecisions;
import nl.werving.process.DecisionReviewProcess;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResults;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the review of a contested decision opens: puts what the reviewer needs on the task itself (the candidate's
 * statement, what they contest, the contested rejection's reason, the screening explanation in
 * {@code werving.staff-language}), so that none of it becomes a process variable.
 */
@Component
class ShowContestedDecisionListener implements TaskListener {

    private static final int MAX_EXPLANATION_CHARS = 3900;

    private final DecisionReviews reviews;
    private final HumanDecisions decisions;
    private final ScreeningResults screenings;
    private final ScreeningExplanations explanations;
    private final Language staffLanguage;

    ShowContestedDecisionListener(DecisionReviews reviews, HumanDecisions decisions, ScreeningResults screenings,
            ScreeningExplanations explanations, @Value("${werving.staff-language:en}") String staffLanguage) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.screenings = screenings;
        this.explanations = explanations;
        this.staffLanguage = Language.fromCode(staffLanguage);
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(DecisionReviewProcess.LOCAL_APPLICATION_REFERENCE,
                task.getExecution().getProcessBusinessKey());
        DecisionReview review = reviews.find(DecisionReviewProcess.reviewId(task)).orElseThrow(() ->
                new IllegalStateException("The review of this task was not recorded"));
        task.setVariableLocal(DecisionReviewProcess.LOCAL_SUBJECT, review.subject().name().toLowerCase(Locale.ROOT)
                .replace('_', ' '));
        task.setVariableLocal(DecisionReviewProcess.LOCAL_STATEMENT, review.statement());
        task.setVariableLocal(DecisionReviewProcess.LOCAL_CONTESTED_REASON,
                decisions.latestRejectionReason(review.applicationId()).orElse("(none recorded)"));
        screenings.latest(review.applicationId()).ifPresent(result -> {
            String explanation = explanations.explain(result, staffLanguage);
            task.setVariableLocal(DecisionReviewProcess.LOCAL_SCREENING_EXPLANATION,
                    explanation.length() <= MAX_EXPLANATION_CHARS
                            ? explanation : explanation.substring(0, MAX_EXPLANATION_CHARS - 1) + "…");
        });
    }
}
