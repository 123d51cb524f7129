package nl.werving.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One candidacy: an applicant applying for a vacancy. Refers to both by id only. */
@Entity
@Table(name = "application")
public class Application {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 24)
    private String reference;

    @Column(name = "vacancy_id", nullable = false)
    private UUID vacancyId;

    @Column(name = "applicant_id", nullable = false)
    private UUID applicantId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Application() {
        // for JPA
    }

    private Application(ApplicationReference reference, UUID vacancyId, UUID applicantId, Instant at) {
        this.id = UUID.randomUUID();
        this.reference = reference.value();
        this.vacancyId = Objects.requireNonNull(vacancyId);
        this.applicantId = Objects.requireNonNull(applicantId);
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    static Application submit(ApplicationReference reference, UUID vacancyId, UUID applicantId, Instant at) {
        return new Application(reference, vacancyId, applicantId, at);
    }

    public UUID getId() {
        return id;
    }

    public ApplicationReference getReference() {
        return new ApplicationReference(reference);
    }

    public UUID getVacancyId() {
        return vacancyId;
    }

    public UUID getApplicantId() {
        return applicantId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
