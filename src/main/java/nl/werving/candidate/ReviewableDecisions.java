package nl.werving.candidate;

import java.util.Optional;
import nl.werving.application.Application;
import nl.werving.application.ApplicationStatus;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.ReviewSubject;
import nl.werving.screening.ScreeningResults;
import org.springframework.stereotype.Component;

/**
 * Which decision a candidate can ask a person to review (GDPR art. 22(3)): the rejection that ended the procedure,
 * or the automated screening recommendation to reject while the application waits for the recruiter's review of it
 * (the candidate's side then reaches a person before they decide; a recommendation to advance or to review harms
 * nobody). Each once: a subject reviewed or under review already cannot be asked for again.
 */
@Component
public class ReviewableDecisions {

    private final ScreeningResults screenings;
    private final DecisionReviews reviews;
    private final ApplicationProgress progress;

    ReviewableDecisions(ScreeningResults screenings, DecisionReviews reviews, ApplicationProgress progress) {
        this.screenings = screenings;
        this.reviews = reviews;
        this.progress = progress;
    }

    /** What the candidate can contest now, if anything. */
    public Optional<ReviewSubject> contestable(Application application) {
        Optional<ReviewSubject> subject;
        if (application.getStatus() == ApplicationStatus.REJECTED) {
            subject = Optional.of(ReviewSubject.REJECTION);
        } else if (!application.hasEnded() && screenings.latest(application.getId())
                .filter(result -> result.hasDecision() && "reject".equals(result.recommendation())).isPresent()
                && progress.runningStage(application.getReference())
                        .filter(stage -> stage == CandidateStage.SCREENING_REVIEW).isPresent()) {
            subject = Optional.of(ReviewSubject.SCREENING_RECOMMENDATION);
        } else {
            subject = Optional.empty();
        }
        return subject.filter(contested -> reviews.latest(application.getId())
                .filter(review -> review.isPending() || review.subject() == contested).isEmpty());
    }
}
