package nl.werving.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored {@link DecisionReview}. */
@Entity
@Table(name = "decision_review")
class StoredDecisionReview extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ReviewSubject subject;

    /** Personal data: the candidate's own words, erased with their other data. */
    @Column(length = DecisionReviews.MAX_STATEMENT_LENGTH)
    private String statement;

    @Column(name = "original_decided_by", length = HumanDecision.MAX_USER_ID_LENGTH)
    private String originalDecidedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private ReviewOutcome outcome;

    /** Personal data: what the reviewer wrote about the candidate. */
    @Column(name = "outcome_reason", length = HumanDecision.MAX_REASON_LENGTH)
    private String outcomeReason;

    @Column(name = "reviewed_by", length = HumanDecision.MAX_USER_ID_LENGTH)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected StoredDecisionReview() {
        // for JPA
    }

    StoredDecisionReview(UUID applicationId, int number, ReviewSubject subject, String statement,
            String originalDecidedBy, Instant requestedAt, Instant dueAt) {
        this.id = UUID.randomUUID();
        this.applicationId = applicationId;
        this.number = number;
        this.subject = subject;
        this.statement = statement;
        this.originalDecidedBy = originalDecidedBy;
        this.requestedAt = requestedAt;
        this.dueAt = dueAt;
    }

    void decide(ReviewOutcome outcome, String reason, String reviewedBy, Instant reviewedAt) {
        this.outcome = outcome;
        this.outcomeReason = reason;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    boolean isPending() {
        return outcome == null;
    }

    UUID id() {
        return id;
    }

    int number() {
        return number;
    }

    String originalDecidedBy() {
        return originalDecidedBy;
    }

    DecisionReview view() {
        return new DecisionReview(id, applicationId, number, subject, statement, originalDecidedBy, requestedAt, dueAt,
                Optional.ofNullable(outcome), outcomeReason, reviewedBy, reviewedAt);
    }

    /** The review as the candidate's data export shows it. */
    Map<String, Object> exported() {
        Map<String, Object> exported = new LinkedHashMap<>();
        exported.put("number", number);
        exported.put("subject", subject);
        exported.put("statement", statement);
        exported.put("requestedAt", requestedAt);
        exported.put("dueAt", dueAt);
        exported.put("outcome", outcome);
        exported.put("outcomeReason", outcomeReason);
        exported.put("reviewedAt", reviewedAt);
        return exported;
    }

    @Override
    public String toString() {
        return "StoredDecisionReview[" + id + "]";
    }

    @Override
    public UUID getId() {
        return id;
    }
}
