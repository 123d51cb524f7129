package nl.werving.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/** One consent of one application's candidate: to which notice, when and how given, and when and how withdrawn. */
@Entity
@Table(name = "consent_record")
class ConsentRecord extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    private UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private ConsentPurpose purpose;

    @Column(name = "notice_version", nullable = false, updatable = false, length = 40)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_via", nullable = false, updatable = false, length = 40)
    private ConsentChannel givenVia;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_via", length = 40)
    private ConsentChannel withdrawnVia;

    protected ConsentRecord() {
        // for JPA
    }

    ConsentRecord(UUID applicationId, ConsentPurpose purpose, String noticeVersion, Instant givenAt,
            ConsentChannel givenVia) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.noticeVersion = Objects.requireNonNull(noticeVersion, "noticeVersion");
        this.givenAt = Objects.requireNonNull(givenAt, "givenAt");
        this.givenVia = Objects.requireNonNull(givenVia, "givenVia");
    }

    void withdraw(Instant at, ConsentChannel via) {
        if (withdrawnAt == null) {
            withdrawnAt = Objects.requireNonNull(at, "at");
            withdrawnVia = Objects.requireNonNull(via, "via");
        }
    }

    Consent view() {
        return new Consent(applicationId, purpose, noticeVersion, givenAt, givenVia, withdrawnAt, withdrawnVia);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
