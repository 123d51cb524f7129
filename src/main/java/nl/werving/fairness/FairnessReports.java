package nl.werving.fairness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.auditlog.AuditReadLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds fairness reports for auditors and the DPO, and logs each read in the audit read log. */
@Service
@Transactional
public class FairnessReports {

    private final FairnessFacts facts;
    private final DiversityResponses responses;
    private final FairnessProperties properties;
    private final AuditReadLog auditReads;
    private final Clock clock;
    private final ZoneId zone;

    FairnessReports(FairnessFacts facts, DiversityResponses responses, FairnessProperties properties,
            AuditReadLog auditReads, Clock clock, @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.facts = facts;
        this.responses = responses;
        this.properties = properties;
        this.auditReads = auditReads;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The report over the applications submitted on the days from {@code from} to {@code to}, both inclusive,
     * optionally of one vacancy; the read is logged under the reader's user id.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public FairnessReport report(UUID vacancyId, LocalDate from, LocalDate to, String readBy) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("'from' must not be after 'to'");
        }
        List<ApplicationRecord> records = facts.applications(vacancyId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<UUID, Map<String, String>> answers = responses.answers(
                records.stream().map(ApplicationRecord::applicationId).toList());
        List<ApplicantFacts> applicants = records.stream()
                .map(record -> new ApplicantFacts(record.applicationId(),
                        answers.getOrDefault(record.applicationId(), Map.of()), record.screeningScore(),
                        StageOutcomes.of(record)))
                .toList();
        FairnessCalculator.Result result = calculator().compute(applicants);
        auditReads.record(readBy, "fairness-report",
                "vacancyId=" + (vacancyId == null ? "all" : vacancyId) + " from=" + from + " to=" + to);
        return new FairnessReport(clock.instant(), vacancyId, from, to, properties.minimumGroupSize(),
                FairnessCalculator.FOUR_FIFTHS, applicants.size(), answers.size(), result.stages(), result.scoring());
    }

    FairnessCalculator calculator() {
        return new FairnessCalculator(properties.dimensionList(), properties.minimumGroupSize());
    }
}
