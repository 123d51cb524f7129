package nl.werving.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An offer of employment. It is drafted (and may be redrafted), sent, then accepted or declined, once. Salary,
 * start date and terms are personal data, erased with the applicant's other data when retention ends.
 */
@Entity
@Table(name = "offer")
class Offer extends AssignedIdEntity {

    static final int MAX_TERMS_LENGTH = 4000;
    private static final int MAX_INTEGER_DIGITS = 10;
    private static final int MAX_DECIMALS = 2;

    @Id
    private UUID id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal salary;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(length = MAX_TERMS_LENGTH)
    private String terms;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Offer() {
        // for JPA
    }

    private Offer(UUID applicationId) {
        this.id = UUID.randomUUID();
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.status = OfferStatus.DRAFT;
    }

    /**
     * A new draft.
     *
     * @throws IllegalArgumentException when the salary is not a positive amount, the start date lies before the
     *         drafting day (UTC), or the terms exceed 4000 characters
     */
    static Offer draft(UUID applicationId, BigDecimal salary, LocalDate startDate, String terms, Instant at) {
        Offer offer = new Offer(applicationId);
        offer.fill(salary, startDate, terms, at);
        return offer;
    }

    /** Changes a draft that has not been sent, e.g. after an approver asked for changes. */
    void redraft(BigDecimal salary, LocalDate startDate, String terms, Instant at) {
        if (status != OfferStatus.DRAFT) {
            throw new OfferStateException("Only an offer that has not been sent can be redrafted");
        }
        fill(salary, startDate, terms, at);
    }

    private void fill(BigDecimal salary, LocalDate startDate, String terms, Instant at) {
        Objects.requireNonNull(salary, "salary");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(at, "at");
        if (salary.signum() <= 0) {
            throw new IllegalArgumentException("An offer's salary must be a positive amount");
        }
        if (salary.stripTrailingZeros().scale() > MAX_DECIMALS || salary.precision() - salary.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("An offer's salary must have at most ten digits before and two after "
                    + "the decimal point");
        }
        if (startDate.isBefore(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
            throw new IllegalArgumentException("An offer's start date must not lie in the past");
        }
        String trimmed = terms == null || terms.isBlank() ? null : terms.strip();
        if (trimmed != null && trimmed.length() > MAX_TERMS_LENGTH) {
            throw new IllegalArgumentException("An offer's terms must not exceed " + MAX_TERMS_LENGTH + " characters");
        }
        this.salary = salary;
        this.startDate = startDate;
        this.terms = trimmed;
        this.draftedAt = at;
    }

    /**
     * Marks the draft as sent to the candidate; sending it again changes nothing.
     *
     * @throws OfferStateException when the offer was answered or superseded
     */
    void send(Instant at) {
        switch (status) {
            case DRAFT -> {
                status = OfferStatus.SENT;
                sentAt = Objects.requireNonNull(at);
            }
            case SENT -> {
                // already sent: a retried step
            }
            default -> throw new OfferStateException("An offer that was " + describe() + " cannot be sent");
        }
    }

    /**
     * Records the candidate's acceptance.
     *
     * @return false when the offer had already been accepted
     * @throws OfferStateException when the offer was not sent, was declined or was superseded
     */
    boolean accept(Instant at) {
        return answer(OfferStatus.ACCEPTED, at);
    }

    /**
     * Records that the candidate declined.
     *
     * @return false when the offer had already been declined
     * @throws OfferStateException when the offer was not sent, was accepted or was superseded
     */
    boolean decline(Instant at) {
        return answer(OfferStatus.DECLINED, at);
    }

    private boolean answer(OfferStatus answer, Instant at) {
        if (status == answer) {
            return false;
        }
        if (status != OfferStatus.SENT) {
            String verb = answer == OfferStatus.ACCEPTED ? "accepted" : "declined";
            throw new OfferStateException("An offer that was " + describe() + " cannot be " + verb);
        }
        status = answer;
        answeredAt = Objects.requireNonNull(at);
        return true;
    }

    /**
     * Makes way for a new draft: a sent offer the candidate has not answered can no longer be answered.
     *
     * @throws OfferStateException when the candidate already answered the offer
     */
    void supersede() {
        if (status == OfferStatus.ACCEPTED || status == OfferStatus.DECLINED) {
            throw new OfferStateException("The candidate already " + describe() + " an offer; no new offer can be drafted");
        }
        if (status != OfferStatus.SENT) {
            throw new OfferStateException("An offer that was " + describe() + " cannot be replaced");
        }
        status = OfferStatus.SUPERSEDED;
    }

    private String describe() {
        return switch (status) {
            case DRAFT -> "not sent yet";
            case SENT -> "sent";
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case SUPERSEDED -> "replaced by a newer offer";
        };
    }

    /** The offer as the candidate's data export shows it. */
    java.util.Map<String, Object> exported() {
        java.util.Map<String, Object> exported = new java.util.LinkedHashMap<>();
        exported.put("status", status);
        exported.put("salary", salary);
        exported.put("startDate", startDate);
        exported.put("terms", terms);
        exported.put("draftedAt", draftedAt);
        exported.put("sentAt", sentAt);
        exported.put("answeredAt", answeredAt);
        return exported;
    }

    public UUID getId() {
        return id;
    }

    OfferStatus getStatus() {
        return status;
    }

    BigDecimal getSalary() {
        return salary;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    String getTerms() {
        return terms;
    }

    @Override
    public String toString() {
        return "Offer[" + id + ", " + status + "]";
    }
}
