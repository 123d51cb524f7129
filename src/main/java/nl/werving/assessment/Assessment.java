package nl.werving.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One application's external assessment: the invitation and, once the provider reports it, the result. */
@Entity
@Table(name = "assessment")
class Assessment extends AssignedIdEntity {

    static final int MIN_SCORE = 0;
    static final int MAX_SCORE = 100;
    static final int MAX_PROVIDER_RESULT_ID_LENGTH = 100;
    static final int MAX_INVITATION_URL_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false, unique = true)
    private UUID applicationId;

    @Column(nullable = false, unique = true, length = 24)
    private String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "invitation_url", length = MAX_INVITATION_URL_LENGTH)
    private String invitationUrl;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    private Integer score;

    private Boolean completed;

    @Column(name = "provider_result_id", length = MAX_PROVIDER_RESULT_ID_LENGTH)
    private String providerResultId;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected Assessment() {
        // for JPA
    }

    private Assessment(UUID applicationId, ApplicationReference reference, String invitationUrl, Instant at) {
        if (invitationUrl != null && invitationUrl.length() > MAX_INVITATION_URL_LENGTH) {
            throw new IllegalArgumentException("The invitation URL is longer than " + MAX_INVITATION_URL_LENGTH);
        }
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.reference = reference.value();
        this.status = AssessmentStatus.INVITED;
        this.invitationUrl = invitationUrl;
        this.invitedAt = Objects.requireNonNull(at, "at");
    }

    /** A candidate invited to take the assessment; {@code invitationUrl} is null when the recruiter sends it. */
    static Assessment invite(UUID applicationId, ApplicationReference reference, String invitationUrl, Instant at) {
        return new Assessment(applicationId, reference, invitationUrl, at);
    }

    /** Records the provider's result; only the first result counts. */
    void recordResult(int score, boolean completed, String providerResultId, Instant at) {
        if (hasResult()) {
            throw new IllegalStateException("Assessment " + id + " already has a result");
        }
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("A score lies between " + MIN_SCORE + " and " + MAX_SCORE);
        }
        Objects.requireNonNull(providerResultId, "providerResultId");
        if (providerResultId.length() > MAX_PROVIDER_RESULT_ID_LENGTH) {
            throw new IllegalArgumentException("The provider's result id is longer than " + MAX_PROVIDER_RESULT_ID_LENGTH);
        }
        this.score = score;
        this.completed = completed;
        this.providerResultId = providerResultId;
        this.receivedAt = Objects.requireNonNull(at, "at");
        this.status = AssessmentStatus.RESULT_RECEIVED;
    }

    boolean hasResult() {
        return status == AssessmentStatus.RESULT_RECEIVED;
    }

    /** The stored result; only for an assessment that {@link #hasResult() has one}. */
    AssessmentResult result() {
        if (!hasResult()) {
            throw new IllegalStateException("Assessment " + id + " has no result yet");
        }
        return new AssessmentResult(getReference(), score, completed, providerResultId, receivedAt);
    }

    public UUID getId() {
        return id;
    }

    UUID getApplicationId() {
        return applicationId;
    }

    ApplicationReference getReference() {
        return new ApplicationReference(reference);
    }

    AssessmentStatus getStatus() {
        return status;
    }

    String getInvitationUrl() {
        return invitationUrl;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    @Override
    public String toString() {
        return "Assessment[" + id + ", " + status + "]";
    }
}
