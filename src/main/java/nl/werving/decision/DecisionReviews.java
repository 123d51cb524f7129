package nl.werving.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.decision.DecisionReviewRefusedException.Reason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Human review of a contested decision (GDPR art. 22(3), AI Act art. 86): the candidate asks for it and gives their
 * side; a person other than the one who took the decision concludes {@link ReviewOutcome#UPHELD upheld} (with a
 * reason) or {@link ReviewOutcome#OVERTURNED overturned} within a month. One review per application is pending at a
 * time. The outcome is also logged as a {@link HumanDecision} of stage {@link DecisionStage#DECISION_REVIEW}, so the
 * audit trail shows it with the other decisions.
 */
@Service
@Transactional(readOnly = true)
public class DecisionReviews {

    /** The longest statement a candidate can give, in characters. */
    public static final int MAX_STATEMENT_LENGTH = 2000;

    private final DecisionReviewRepository reviews;
    private final RecordedDecisionRepository decisions;
    private final HumanDecisions humanDecisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    DecisionReviews(DecisionReviewRepository reviews, RecordedDecisionRepository decisions,
            HumanDecisions humanDecisions, ApplicationEventPublisher events, Clock clock,
            @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.reviews = reviews;
        this.decisions = decisions;
        this.humanDecisions = humanDecisions;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Records the candidate's request with their statement, due one calendar month later, and publishes
     * {@link DecisionReviewRequested}. The person who took the contested decision is noted, so that another reviews.
     *
     * @throws DecisionReviewRefusedException when the statement is empty or too long, or a review is pending
     */
    @Transactional
    public DecisionReview request(UUID applicationId, ReviewSubject subject, String statement) {
        String text = statement == null ? "" : statement.strip();
        if (text.isEmpty()) {
            throw new DecisionReviewRefusedException(Reason.STATEMENT_MISSING, "The statement is empty");
        }
        if (text.length() > MAX_STATEMENT_LENGTH) {
            throw new DecisionReviewRefusedException(Reason.STATEMENT_TOO_LONG,
                    "The statement is longer than " + MAX_STATEMENT_LENGTH + " characters");
        }
        List<StoredDecisionReview> earlier = reviews.findByApplicationIdOrderByNumber(applicationId);
        if (earlier.stream().anyMatch(StoredDecisionReview::isPending)) {
            throw new DecisionReviewRefusedException(Reason.ALREADY_PENDING, "A review is pending already");
        }
        Instant now = clock.instant();
        StoredDecisionReview review = new StoredDecisionReview(applicationId, earlier.size() + 1, subject, text,
                originalDecider(applicationId, subject).orElse(null), now,
                now.atZone(zone).plusMonths(1).toInstant());
        reviews.saveAndFlush(review);
        events.publishEvent(new DecisionReviewRequested(review.id(), applicationId, review.number()));
        return review.view();
    }

    /**
     * Records the reviewer's outcome, and logs it as a human decision.
     *
     * @throws DecisionReviewRefusedException when the review was decided already, the reviewer took the contested
     *     decision, or an upheld decision comes without a reason (or any reason is too long)
     * @throws IllegalArgumentException when no review has the id
     */
    @Transactional
    public DecisionReview decide(UUID reviewId, ReviewOutcome outcome, String reason, String reviewedBy) {
        StoredDecisionReview review = reviews.findById(reviewId)
                .orElseThrow(() -> new IllegalArgumentException("No review " + reviewId));
        if (!review.isPending()) {
            throw new DecisionReviewRefusedException(Reason.ALREADY_DECIDED, "This review was decided already");
        }
        if (reviewedBy != null && reviewedBy.equals(review.originalDecidedBy())) {
            throw new DecisionReviewRefusedException(Reason.SAME_PERSON,
                    "You took the decision under review yourself; another person must review it");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if ((outcome == ReviewOutcome.UPHELD && text == null)
                || (text != null && text.length() > HumanDecision.MAX_REASON_LENGTH)) {
            throw new DecisionReviewRefusedException(Reason.REASON_INVALID, "Give the reason why the decision stands, "
                    + "in at most " + HumanDecision.MAX_REASON_LENGTH + " characters");
        }
        Instant now = clock.instant();
        review.decide(outcome, text, reviewedBy, now);
        DecisionReview view = review.view();
        humanDecisions.record(new HumanDecision(view.applicationId(), DecisionStage.DECISION_REVIEW, view.number(),
                null, outcome.decisionValue(), text, reviewedBy, now));
        return view;
    }

    public Optional<DecisionReview> find(UUID reviewId) {
        return reviews.findById(reviewId).map(StoredDecisionReview::view);
    }

    /** The application's review with this number. */
    public Optional<DecisionReview> find(UUID applicationId, int number) {
        return reviews.findByApplicationIdAndNumber(applicationId, number).map(StoredDecisionReview::view);
    }

    /** The application's newest review, pending or decided. */
    public Optional<DecisionReview> latest(UUID applicationId) {
        List<StoredDecisionReview> all = reviews.findByApplicationIdOrderByNumber(applicationId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).view());
    }

    private Optional<String> originalDecider(UUID applicationId, ReviewSubject subject) {
        Optional<RecordedDecision> decision = subject == ReviewSubject.REJECTION
                ? decisions.findFirstByApplicationIdAndDecisionInOrderByDecidedAtDesc(applicationId,
                        HumanDecision.REJECTING_DECISIONS)
                : decisions.findFirstByApplicationIdAndStageOrderByDecidedAtDesc(applicationId,
                        DecisionStage.SCREENING_REVIEW);
        return decision.map(RecordedDecision::decidedBy);
    }
}
