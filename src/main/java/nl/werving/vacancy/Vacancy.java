package nl.werving.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werving.persistence.AssignedIdEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An open position. Only an {@link VacancyStatus#OPEN open} vacancy accepts applications. */
@Entity
@Table(name = "vacancy")
public class Vacancy extends AssignedIdEntity {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 10_000;

    @Id
    private UUID id;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = MAX_DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private VacancyStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "salary_min", precision = 12, scale = 2)
    private BigDecimal salaryMin;

    @Column(name = "salary_max", precision = 12, scale = 2)
    private BigDecimal salaryMax;

    @Column(name = "requirements_version", nullable = false)
    private int requirementsVersion;

    protected Vacancy() {
        // for JPA
    }

    private Vacancy(UUID id, String title, String description, VacancyStatus status, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new vacancy that is not yet published. */
    public static Vacancy draft(String title, String description, Instant at) {
        return new Vacancy(UUID.randomUUID(), title, description, VacancyStatus.DRAFT, at);
    }

    /** Changes what candidates read about the vacancy; validated by {@link Vacancies}. */
    void describe(String title, String description) {
        this.title = Objects.requireNonNull(title);
        this.description = Objects.requireNonNull(description);
    }

    /** Moves the vacancy to the next version of its requirements and returns that version's number. */
    int nextRequirementsVersion() {
        requirementsVersion++;
        return requirementsVersion;
    }

    public void open() {
        status = VacancyStatus.OPEN;
    }

    public void close() {
        status = VacancyStatus.CLOSED;
    }

    public boolean isOpen() {
        return status == VacancyStatus.OPEN;
    }

    /**
     * Sets the budgeted salary range; either end may be left unknown ({@code null}). Amounts have at most two
     * decimals and ten digits before the point.
     */
    public void changeSalaryBand(BigDecimal min, BigDecimal max) {
        requireAmount(min, "lower end");
        requireAmount(max, "upper end");
        if (min != null && max != null) {
            new SalaryBand(min, max);
        }
        this.salaryMin = min;
        this.salaryMax = max;
    }

    private static void requireAmount(BigDecimal amount, String name) {
        if (amount == null) {
            return;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("The " + name + " of a salary band must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 10) {
            throw new IllegalArgumentException("The " + name + " of a salary band must be an amount with at most "
                    + "ten digits before and two after the decimal point");
        }
    }

    /** The salary band, when both of its ends are known. */
    public Optional<SalaryBand> salaryBand() {
        return salaryMin == null || salaryMax == null
                ? Optional.empty() : Optional.of(new SalaryBand(salaryMin, salaryMax));
    }

    public BigDecimal getSalaryMin() {
        return salaryMin;
    }

    public BigDecimal getSalaryMax() {
        return salaryMax;
    }

    public UUID getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    /** The current version of the vacancy's requirements and knock-out questions; 0 while HR has set none. */
    public int getRequirementsVersion() {
        return requirementsVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
