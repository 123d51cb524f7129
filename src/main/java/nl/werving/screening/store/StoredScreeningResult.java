package nl.werving.screening.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import nl.werving.screening.KnockoutCheck;
import nl.werving.screening.RequirementResult;
import nl.werving.screening.ScreeningResult;

/** A row of screening_result with its requirement results and knock-out checks. */
@Entity
@Table(name = "screening_result")
public class StoredScreeningResult extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "vacancy_id", nullable = false)
    private UUID vacancyId;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(name = "requirements_version", nullable = false)
    private int requirementsVersion;

    @Column(name = "cv_screened", nullable = false)
    private boolean cvScreened;

    @Column
    private Integer score;

    @Column(name = "must_have_missing", nullable = false)
    private boolean mustHaveMissing;

    @Column(name = "knockout_failed", nullable = false)
    private boolean knockoutFailed;

    @Column(name = "decision_key", length = 255)
    private String decisionKey;

    @Column(name = "decision_version")
    private Integer decisionVersion;

    @Column(length = 100)
    private String recommendation;

    @Column(length = 100)
    private String reason;

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "screening_requirement_result", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "position")
    private List<StoredRequirementResult> requirements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "screening_knockout_check", joinColumns = @JoinColumn(name = "result_id"))
    @OrderColumn(name = "position")
    private List<StoredKnockoutCheck> knockoutChecks = new ArrayList<>();

    protected StoredScreeningResult() {
        // for JPA
    }

    /** A new result, screened at the given time; the sequence number counts the application's screenings. */
    public StoredScreeningResult(UUID applicationId, UUID vacancyId, int sequenceNumber, int requirementsVersion,
            boolean cvScreened, Integer score, boolean mustHaveMissing, boolean knockoutFailed,
            List<RequirementResult> requirements, List<KnockoutCheck> knockoutChecks, Instant screenedAt) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId);
        this.vacancyId = Objects.requireNonNull(vacancyId);
        this.sequenceNumber = sequenceNumber;
        this.requirementsVersion = requirementsVersion;
        this.cvScreened = cvScreened;
        this.score = score;
        this.mustHaveMissing = mustHaveMissing;
        this.knockoutFailed = knockoutFailed;
        requirements.forEach(result -> this.requirements.add(new StoredRequirementResult(result)));
        knockoutChecks.forEach(check -> this.knockoutChecks.add(new StoredKnockoutCheck(check)));
        this.screenedAt = Objects.requireNonNull(screenedAt);
    }

    /** Attaches the screening decision's recommendation; a later decision replaces an earlier one. */
    public void attachDecision(String decisionKey, int decisionVersion, String recommendation, String reason,
            Instant at) {
        this.decisionKey = StoredRequirementResult.truncate(Objects.requireNonNull(decisionKey, "decisionKey"), 255);
        this.decisionVersion = decisionVersion;
        this.recommendation = StoredRequirementResult.truncate(
                Objects.requireNonNull(recommendation, "recommendation"), 100);
        this.reason = reason == null ? null : StoredRequirementResult.truncate(reason, 100);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public ScreeningResult toResult() {
        return new ScreeningResult(id, applicationId, vacancyId, sequenceNumber, requirementsVersion, cvScreened,
                score, mustHaveMissing, knockoutFailed,
                requirements.stream().map(StoredRequirementResult::toResult).toList(),
                knockoutChecks.stream().map(StoredKnockoutCheck::toCheck).toList(), decisionKey, decisionVersion,
                recommendation, reason, screenedAt);
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    @Override
    public String toString() {
        return "StoredScreeningResult[" + id + "]";
    }

    @Override
    public UUID getId() {
        return id;
    }
}
