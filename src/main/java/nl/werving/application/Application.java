package nl.werving.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One candidacy: an applicant applying for a vacancy. Refers to both by id only. Its procedure runs until it
 * {@link #end(ProcedureOutcome, Instant) ends}; after that nothing more is recorded for it.
 */
@Entity
@Table(name = "application")
public class Application extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 24)
    private String reference;

    @Column(name = "vacancy_id", nullable = false)
    private UUID vacancyId;

    /** Null once the application's personal data is {@link #erase(Instant) erased}. */
    @Column(name = "applicant_id")
    private UUID applicantId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "withdrawal_requested_at")
    private Instant withdrawalRequestedAt;

    @Column(name = "objected_to_automation_at")
    private Instant objectedToAutomationAt;

    @Column(name = "handed_over_at")
    private Instant handedOverAt;

    @Column(name = "requirements_version", updatable = false)
    private Integer requirementsVersion;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Application() {
        // for JPA
    }

    private Application(ApplicationReference reference, UUID vacancyId, UUID applicantId, int requirementsVersion,
            Instant at) {
        this.id = UUID.randomUUID();
        this.requirementsVersion = requirementsVersion;
        this.reference = reference.value();
        this.vacancyId = Objects.requireNonNull(vacancyId);
        this.applicantId = Objects.requireNonNull(applicantId);
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    static Application submit(ApplicationReference reference, UUID vacancyId, UUID applicantId,
            int requirementsVersion, Instant at) {
        return new Application(reference, vacancyId, applicantId, requirementsVersion, at);
    }

    /** Ends the procedure with the given outcome; an application ends once. */
    void end(ProcedureOutcome outcome, Instant at) {
        Objects.requireNonNull(outcome, "outcome");
        requireNotEnded();
        this.status = outcome.status();
        this.endedAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    /**
     * Records that the candidate withdrew. The procedure itself is ended by the hiring process.
     *
     * @return false when a withdrawal had already been recorded
     */
    boolean withdraw(Instant at) {
        requireNotEnded();
        if (withdrawalRequestedAt != null) {
            return false;
        }
        withdrawalRequestedAt = Objects.requireNonNull(at);
        updatedAt = at;
        return true;
    }

    /**
     * Records the candidate's objection to automated processing (GDPR art. 21).
     *
     * @return false when an objection had already been recorded
     */
    boolean objectToAutomatedProcessing(Instant at) {
        requireNotEnded();
        if (objectedToAutomationAt != null) {
            return false;
        }
        objectedToAutomationAt = Objects.requireNonNull(at);
        updatedAt = at;
        return true;
    }

    /**
     * Hands a hired candidate over to onboarding, ending the procedure as {@link ProcedureOutcome#HIRED} if that
     * was not recorded yet.
     *
     * @return false when the candidate had already been handed over
     */
    boolean handOverToOnboarding(Instant at) {
        if (hasEnded() && status != ApplicationStatus.HIRED) {
            throw new ApplicationAlreadyEndedException(status);
        }
        if (handedOverAt != null) {
            return false;
        }
        if (!hasEnded()) {
            end(ProcedureOutcome.HIRED, at);
        }
        handedOverAt = Objects.requireNonNull(at);
        updatedAt = at;
        return true;
    }

    /**
     * Marks the application's personal data as erased and lets go of the applicant, whose record the caller deletes.
     * What stays (reference, vacancy, status, timestamps) is pseudonymous.
     *
     * @return the applicant's id, empty when the application was erased before
     */
    Optional<UUID> erase(Instant at) {
        UUID applicant = applicantId;
        applicantId = null;
        if (erasedAt == null) {
            erasedAt = Objects.requireNonNull(at);
            updatedAt = at;
        }
        return Optional.ofNullable(applicant);
    }

    /** Whether the application's personal data was erased; nothing may be read or recorded for it afterwards. */
    public boolean isErased() {
        return erasedAt != null;
    }

    private void requireNotEnded() {
        if (hasEnded()) {
            throw new ApplicationAlreadyEndedException(status);
        }
    }

    public boolean hasEnded() {
        return endedAt != null;
    }

    /** How the procedure ended; empty while it runs. */
    public Optional<ProcedureOutcome> outcome() {
        return hasEnded() ? Optional.of(ProcedureOutcome.valueOf(status.name())) : Optional.empty();
    }

    public boolean hasWithdrawn() {
        return withdrawalRequestedAt != null;
    }

    public boolean hasObjectedToAutomatedProcessing() {
        return objectedToAutomationAt != null;
    }

    public boolean isHandedOverToOnboarding() {
        return handedOverAt != null;
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

    /** The applicant's id; null once the application is {@link #isErased() erased}. */
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

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }

    /**
     * The version of the vacancy's requirements and knock-out questions the candidate applied against; empty for
     * applications made before it was recorded.
     */
    public Optional<Integer> getRequirementsVersion() {
        return Optional.ofNullable(requirementsVersion);
    }
}
