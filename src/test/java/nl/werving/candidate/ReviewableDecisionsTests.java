package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.ApplicationStatus;
import nl.werving.decision.DecisionReview;
import nl.werving.decision.DecisionReviews;
import nl.werving.decision.ReviewOutcome;
import nl.werving.decision.ReviewSubject;
import nl.werving.screening.ScreeningResult;
import nl.werving.screening.ScreeningResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewableDecisionsTests {

    private static final ApplicationReference REFERENCE = new ApplicationReference("AAAAAAAAAAAAAAAAAAAAAAAA");
    private final UUID applicationId = UUID.randomUUID();
    private final ScreeningResults screenings = mock(ScreeningResults.class);
    private final DecisionReviews reviews = mock(DecisionReviews.class);
    private final ApplicationProgress progress = mock(ApplicationProgress.class);
    private final ReviewableDecisions reviewable = new ReviewableDecisions(screenings, reviews, progress);
    private final Application application = mock(Application.class);

    @BeforeEach
    void setUp() {
        when(application.getId()).thenReturn(applicationId);
        when(application.getReference()).thenReturn(REFERENCE);
        when(reviews.latest(applicationId)).thenReturn(Optional.empty());
    }

    @Test
    void aRejectionCanBeContestedOnce() {
        ended(ApplicationStatus.REJECTED);
        assertThat(reviewable.contestable(application)).contains(ReviewSubject.REJECTION);

        when(reviews.latest(applicationId)).thenReturn(Optional.of(review(ReviewSubject.REJECTION, null)));
        assertThat(reviewable.contestable(application)).as("pending").isEmpty();
        when(reviews.latest(applicationId)).thenReturn(Optional.of(review(ReviewSubject.REJECTION,
                ReviewOutcome.UPHELD)));
        assertThat(reviewable.contestable(application)).as("reviewed").isEmpty();
    }

    @Test
    void aRecommendationToRejectCanBeContestedWhileItAwaitsTheRecruitersReview() {
        running(CandidateStage.SCREENING_REVIEW, "reject");
        assertThat(reviewable.contestable(application)).contains(ReviewSubject.SCREENING_RECOMMENDATION);

        running(CandidateStage.ASSESSMENT, "reject");
        assertThat(reviewable.contestable(application)).as("the recruiter has decided").isEmpty();
        running(CandidateStage.SCREENING_REVIEW, "review");
        assertThat(reviewable.contestable(application)).as("a person reviews anyway").isEmpty();
    }

    @Test
    void aRejectionAfterAReviewedRecommendationCanStillBeContested() {
        ended(ApplicationStatus.REJECTED);
        when(reviews.latest(applicationId)).thenReturn(Optional.of(review(ReviewSubject.SCREENING_RECOMMENDATION,
                ReviewOutcome.UPHELD)));

        assertThat(reviewable.contestable(application)).contains(ReviewSubject.REJECTION);
    }

    @Test
    void otherEndsOfTheProcedureHaveNothingToContest() {
        for (ApplicationStatus status : List.of(ApplicationStatus.HIRED, ApplicationStatus.WITHDRAWN,
                ApplicationStatus.OFFER_DECLINED, ApplicationStatus.OFFER_EXPIRED)) {
            ended(status);
            assertThat(reviewable.contestable(application)).as(status.name()).isEmpty();
        }
    }

    private void ended(ApplicationStatus status) {
        when(application.getStatus()).thenReturn(status);
        when(application.hasEnded()).thenReturn(true);
    }

    private void running(CandidateStage stage, String recommendation) {
        when(application.getStatus()).thenReturn(ApplicationStatus.SUBMITTED);
        when(application.hasEnded()).thenReturn(false);
        when(progress.runningStage(REFERENCE)).thenReturn(Optional.of(stage));
        when(screenings.latest(applicationId)).thenReturn(Optional.of(new ScreeningResult(UUID.randomUUID(),
                applicationId, UUID.randomUUID(), 1, 1, false, null, false, true, List.of(), List.of(),
                "ScreeningDecision", 1, recommendation, "KNOCKOUT_FAILED", Instant.now())));
    }

    private DecisionReview review(ReviewSubject subject, ReviewOutcome outcome) {
        Instant now = Instant.now();
        return new DecisionReview(UUID.randomUUID(), applicationId, 1, subject, "My side", null, now, now,
                Optional.ofNullable(outcome), null, null, null);
    }
}
