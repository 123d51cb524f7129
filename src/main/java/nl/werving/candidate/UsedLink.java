package nl.werving.candidate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/** A single-use link whose action was performed, with the choice made (a slot number, accept or decline). */
@Entity
@Table(name = "candidate_link_use")
class UsedLink implements Persistable<String> {

    @Id
    @Column(name = "token_id", length = 22)
    private String tokenId;

    @Column(nullable = false, length = 30)
    private String purpose;

    @Column(name = "application_reference", nullable = false, length = 24)
    private String applicationReference;

    @Column(nullable = false, length = 20)
    private String choice;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    @Transient
    private boolean isNew;

    protected UsedLink() {
        // for JPA
    }

    UsedLink(CandidateLink link, String choice, Instant usedAt) {
        this.tokenId = link.tokenId();
        this.purpose = link.purpose().name();
        this.applicationReference = link.reference().value();
        this.choice = Objects.requireNonNull(choice, "choice");
        this.usedAt = Objects.requireNonNull(usedAt, "usedAt");
        this.isNew = true;
    }

    @Override
    public String getId() {
        return tokenId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    String choice() {
        return choice;
    }

    Instant usedAt() {
        return usedAt;
    }

    @Override
    public String toString() {
        return "UsedLink[" + purpose + "]";
    }
}
