package nl.werving.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werving.decision.DecisionReviewRefusedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

class DecisionReviewsTests {

    private static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");
    private final UUID applicationId = UUID.randomUUID();
    private final DecisionReviewRepository repository = mock(DecisionReviewRepository.class);
    private final RecordedDecisionRepository decisions = mock(RecordedDecisionRepository.class);
    private final HumanDecisions humanDecisions = mock(HumanDecisions.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final DecisionReviews reviews = new DecisionReviews(repository, decisions, humanDecisions, events,
            Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Amsterdam"));

    @BeforeEach
    void setUp() {
        when(repository.findByApplicationIdOrderByNumber(applicationId)).thenReturn(List.of());
        RecordedDecision rejection = new RecordedDecision(new HumanDecision(applicationId,
                DecisionStage.SCREENING_REVIEW, 1, "reject", "reject", "No experience", "recruiter-anna", NOW));
        when(decisions.findFirstByApplicationIdAndDecisionInOrderByDecidedAtDesc(any(), any()))
                .thenReturn(Optional.of(rejection));
    }

    @Test
    void aRequestIsDueOneCalendarMonthLaterNotesWhoDecidedAndAnnouncesItself() {
        DecisionReview review = reviews.request(applicationId, ReviewSubject.REJECTION, "  My side of the story  ");

        assertThat(review.statement()).isEqualTo("My side of the story");
        assertThat(review.number()).isEqualTo(1);
        assertThat(review.originalDecidedBy()).isEqualTo("recruiter-anna");
        assertThat(review.dueAt()).as("31 January + 1 month is the last day of February")
                .isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(review.isPending()).isTrue();
        verify(events).publishEvent(new DecisionReviewRequested(review.id(), applicationId, 1));
    }

    @Test
    void anEmptyOrTooLongStatementOrASecondPendingReviewIsRefused() {
        assertRefused(() -> reviews.request(applicationId, ReviewSubject.REJECTION, "   "), Reason.STATEMENT_MISSING);
        assertRefused(() -> reviews.request(applicationId, ReviewSubject.REJECTION, "x".repeat(2001)),
                Reason.STATEMENT_TOO_LONG);
        StoredDecisionReview pending = new StoredDecisionReview(applicationId, 1, ReviewSubject.REJECTION, "Earlier",
                null, NOW, NOW);
        when(repository.findByApplicationIdOrderByNumber(applicationId)).thenReturn(List.of(pending));
        assertRefused(() -> reviews.request(applicationId, ReviewSubject.REJECTION, "Again"), Reason.ALREADY_PENDING);
        verify(repository, never()).saveAndFlush(any());
        verify(events, never()).publishEvent(any());
    }

    @Test
    void anotherPersonDecidesAndTheOutcomeIsLoggedAsAHumanDecision() {
        StoredDecisionReview stored = stored();

        DecisionReview decided = reviews.decide(stored.id(), ReviewOutcome.UPHELD, " The CV shows two years. ", "lead-bram");

        assertThat(decided.outcome()).contains(ReviewOutcome.UPHELD);
        assertThat(decided.outcomeReason()).isEqualTo("The CV shows two years.");
        ArgumentCaptor<HumanDecision> logged = ArgumentCaptor.forClass(HumanDecision.class);
        verify(humanDecisions).record(logged.capture());
        assertThat(logged.getValue().stage()).isEqualTo(DecisionStage.DECISION_REVIEW);
        assertThat(logged.getValue().decision()).isEqualTo("uphold");
        assertThat(logged.getValue().decidedBy()).isEqualTo("lead-bram");
        assertRefused(() -> reviews.decide(stored.id(), ReviewOutcome.OVERTURNED, null, "lead-bram"),
                Reason.ALREADY_DECIDED);
    }

    @Test
    void theDeciderCannotReviewTheirOwnDecisionAndAnUpheldDecisionNeedsAReason() {
        StoredDecisionReview stored = stored();

        assertRefused(() -> reviews.decide(stored.id(), ReviewOutcome.OVERTURNED, null, "recruiter-anna"),
                Reason.SAME_PERSON);
        assertRefused(() -> reviews.decide(stored.id(), ReviewOutcome.UPHELD, " ", "lead-bram"), Reason.REASON_INVALID);
        verify(humanDecisions, never()).record(any());

        assertThat(reviews.decide(stored.id(), ReviewOutcome.OVERTURNED, null, "lead-bram").outcome())
                .contains(ReviewOutcome.OVERTURNED);
    }

    private StoredDecisionReview stored() {
        StoredDecisionReview stored = new StoredDecisionReview(applicationId, 1, ReviewSubject.REJECTION, "My side",
                "recruiter-anna", NOW, NOW.plusSeconds(86400 * 30L));
        when(repository.findById(stored.id())).thenReturn(Optional.of(stored));
        return stored;
    }

    private static void assertRefused(Runnable call, Reason reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DecisionReviewRefusedException.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
