package nl.werving.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;

/**
 * A person who applied. Holds personal data; other modules refer to it by {@link #getId() id} only.
 * Its {@code toString} deliberately shows the id alone, so it can never leak personal data into a log.
 */
@Entity
@Table(name = "applicant")
public class Applicant extends AssignedIdEntity {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_PHONE_LENGTH = 32;

    @Id
    private UUID id;

    @Column(name = "full_name", nullable = false, length = MAX_NAME_LENGTH)
    private String fullName;

    @Column(nullable = false, length = MAX_EMAIL_LENGTH)
    private String email;

    /** The address in lower case, indexed, for finding the same person's applications by address. */
    @Column(name = "email_key", nullable = false, length = MAX_EMAIL_LENGTH)
    private String emailKey;

    @Column(length = MAX_PHONE_LENGTH)
    private String phone;

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Applicant() {
        // for JPA
    }

    Applicant(UUID id, ApplicantDetails details, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.fullName = details.fullName();
        this.email = details.email();
        this.emailKey = emailKey(details.email());
        this.phone = details.phone();
        this.preferredLanguage = details.preferredLanguage().code();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Replaces the contact details and language with corrected ones (GDPR Art. 16). */
    void correct(ApplicantDetails details) {
        this.fullName = details.fullName();
        this.email = details.email();
        this.emailKey = emailKey(details.email());
        this.phone = details.phone();
        this.preferredLanguage = details.preferredLanguage().code();
    }

    /** How an address is found whatever its case. */
    static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Language getPreferredLanguage() {
        return Language.fromCode(preferredLanguage);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Applicant[" + id + "]";
    }
}
