package nl.werving.screening.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.werving.screening.Evidence;
import nl.werving.screening.MatchStatus;
import nl.werving.screening.RequirementResult;
import nl.werving.vacancy.RequirementKind;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of screening_requirement_result. The evidence column is personal data. */
@Embeddable
public class StoredRequirementResult {

    static final int MAX_LABEL = 500;
    static final int MAX_LEVEL = 100;

    @Column(name = "requirement_id", nullable = false)
    private UUID requirementId;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RequirementKind kind;

    @Column(name = "must_have", nullable = false)
    private boolean mustHave;

    @Column(nullable = false)
    private int weight;

    @Column(name = "minimum_years")
    private Integer minimumYears;

    @Column(name = "required_level", length = MAX_LEVEL)
    private String requiredLevel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MatchStatus status;

    @Column(name = "years_found", precision = 4, scale = 1)
    private BigDecimal yearsFound;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal contribution;

    @Column(nullable = false, length = EvidenceJson.MAX_LENGTH)
    private String evidence;

    /** The evidence column read, once: the screening step, its decision and the review task each ask for it. */
    @Transient
    private List<Evidence> evidenceRead;

    protected StoredRequirementResult() {
        // for JPA
    }

    StoredRequirementResult(RequirementResult result) {
        this.requirementId = result.requirementId();
        this.label = truncate(result.label(), MAX_LABEL);
        this.kind = result.kind();
        this.mustHave = result.mustHave();
        this.weight = result.weight();
        this.minimumYears = result.minimumYears();
        this.requiredLevel = result.level() == null ? null : truncate(result.level(), MAX_LEVEL);
        this.status = result.status();
        this.yearsFound = result.yearsFound();
        this.contribution = result.contribution();
        this.evidence = EvidenceJson.write(result.evidence());
    }

    RequirementResult toResult() {
        return new RequirementResult(requirementId, label, kind, mustHave, weight, minimumYears, requiredLevel, status,
                yearsFound, contribution, evidence());
    }

    private List<Evidence> evidence() {
        if (evidenceRead == null) {
            evidenceRead = EvidenceJson.read(evidence);
        }
        return evidenceRead;
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
