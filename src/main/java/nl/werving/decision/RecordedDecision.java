package nl.werving.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored {@link HumanDecision}, with whether it overrode the recommendation. */
@Entity
@Table(name = "human_decision")
class RecordedDecision extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private DecisionStage stage;

    @Column(nullable = false)
    private int round;

    @Column(name = "recommendation_shown", length = HumanDecision.MAX_VALUE_LENGTH)
    private String recommendationShown;

    @Column(nullable = false, length = HumanDecision.MAX_VALUE_LENGTH)
    private String decision;

    /** Personal data: erased when the applicant's retention ends. */
    @Column(length = HumanDecision.MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = HumanDecision.MAX_USER_ID_LENGTH)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(nullable = false)
    private boolean override;

    protected RecordedDecision() {
        // for JPA
    }

    RecordedDecision(HumanDecision decision) {
        this.id = UUID.randomUUID();
        this.applicationId = decision.applicationId();
        this.stage = decision.stage();
        this.round = decision.round();
        this.recommendationShown = decision.recommendationShown();
        this.decision = decision.decision();
        this.reason = decision.reason();
        this.decidedBy = decision.decidedBy();
        this.decidedAt = decision.decidedAt();
        this.override = decision.isOverride();
    }

    String reason() {
        return reason;
    }

    String decidedBy() {
        return decidedBy;
    }

    /** The decision as the candidate's data export shows it. */
    java.util.Map<String, Object> exported() {
        java.util.Map<String, Object> exported = new java.util.LinkedHashMap<>();
        exported.put("stage", stage);
        exported.put("round", round);
        exported.put("recommendationShown", recommendationShown);
        exported.put("decision", decision);
        exported.put("reason", reason);
        exported.put("decidedBy", decidedBy);
        exported.put("decidedAt", decidedAt);
        exported.put("override", override);
        return exported;
    }

    @Override
    public String toString() {
        return "RecordedDecision[" + id + "]";
    }

    @Override
    public UUID getId() {
        return id;
    }
}
