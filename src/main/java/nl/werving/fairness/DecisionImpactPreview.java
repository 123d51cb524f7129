package nl.werving.fairness;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import nl.werving.auditlog.AuditReadLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews a change to the screening decision table: replays the stored, non-personal decision inputs through the
 * deployed table and the candidate (nothing is deployed, no decision history is written) and reports which
 * recommendations change and how the "recommended advance" rate of each diversity group moves.
 */
@Service
@Transactional
public class DecisionImpactPreview {

    public static final int MAX_MONTHS = 24;
    private static final String ADVANCE = "advance";

    private final FairnessFacts facts;
    private final DiversityResponses responses;
    private final ScreeningDecisionReplay replay;
    private final FairnessProperties properties;
    private final AuditReadLog auditReads;
    private final Clock clock;

    DecisionImpactPreview(FairnessFacts facts, DiversityResponses responses, ScreeningDecisionReplay replay,
            FairnessProperties properties, AuditReadLog auditReads, Clock clock) {
        this.facts = facts;
        this.responses = responses;
        this.replay = replay;
        this.properties = properties;
        this.auditReads = auditReads;
        this.clock = clock;
    }

    /**
     * The impact of the candidate table on the screenings of the last {@code months} months, optionally of one
     * vacancy; the read is logged under the reader's user id.
     *
     * @throws IllegalArgumentException when months is not between 1 and {@link #MAX_MONTHS}
     * @throws InvalidDecisionTableException when the candidate cannot be parsed or evaluated
     */
    public DecisionImpact preview(String candidateDmn, UUID vacancyId, int months, String readBy) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("'months' must be between 1 and " + MAX_MONTHS);
        }
        Objects.requireNonNull(candidateDmn, "candidateDmn");
        Instant now = clock.instant();
        Instant since = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
        List<FairnessFacts.StoredScreening> screenings = facts.screenings(vacancyId, since);
        ScreeningDecisionReplay.Replay replayed = replay.replay(candidateDmn,
                screenings.stream().map(FairnessFacts.StoredScreening::inputs).toList());
        Map<UUID, Map<String, String>> answers = responses.answers(
                screenings.stream().map(FairnessFacts.StoredScreening::applicationId).toList());

        Map<String, Integer> changeCounts = new LinkedHashMap<>();
        List<ApplicantFacts> population = new ArrayList<>();
        Map<UUID, Integer> indexOf = new LinkedHashMap<>();
        int changed = 0;
        int storedDiffers = 0;
        for (int i = 0; i < screenings.size(); i++) {
            FairnessFacts.StoredScreening screening = screenings.get(i);
            String current = replayed.current().get(i);
            String candidate = replayed.candidate().get(i);
            if (!Objects.equals(current, candidate)) {
                changed++;
                changeCounts.merge(current + "\u0000" + candidate, 1, Integer::sum);
            }
            if (!Objects.equals(current, screening.recommendation())) {
                storedDiffers++;
            }
            indexOf.put(screening.applicationId(), i);
            population.add(new ApplicantFacts(screening.applicationId(),
                    answers.getOrDefault(screening.applicationId(), Map.of()), screening.inputs().screeningScore(),
                    Map.of()));
        }
        List<DecisionImpact.Change> changes = new ArrayList<>();
        changeCounts.forEach((key, count) -> {
            String[] fromTo = key.split("\u0000", -1);
            changes.add(new DecisionImpact.Change(nullable(fromTo[0]), nullable(fromTo[1]), count));
        });
        changes.sort((a, b) -> Integer.compare(b.count(), a.count()));

        FairnessCalculator calculator = new FairnessCalculator(properties.dimensionList(),
                properties.minimumGroupSize());
        Predicate<ApplicantFacts> currentAdvance = applicant -> ADVANCE.equals(
                replayed.current().get(indexOf.get(applicant.applicationId())));
        Predicate<ApplicantFacts> candidateAdvance = applicant -> ADVANCE.equals(
                replayed.candidate().get(indexOf.get(applicant.applicationId())));
        Predicate<ApplicantFacts> differs = applicant -> !Objects.equals(
                replayed.current().get(indexOf.get(applicant.applicationId())),
                replayed.candidate().get(indexOf.get(applicant.applicationId())));
        List<DecisionImpact.ImpactTable> groups = merge(calculator.tables(population, currentAdvance),
                calculator.tables(population, candidateAdvance), calculator.tables(population, differs));

        auditReads.record(readBy, "screening-decision-impact",
                "vacancyId=" + (vacancyId == null ? "all" : vacancyId) + " months=" + months);
        return new DecisionImpact(now, vacancyId, months, since, FairnessStage.SCREENING, replayed.currentVersion(),
                screenings.size(), changed, changes, storedDiffers, properties.minimumGroupSize(), groups);
    }

    private static String nullable(String value) {
        return "null".equals(value) ? null : value;
    }

    private static List<DecisionImpact.ImpactTable> merge(List<GroupTable> current, List<GroupTable> candidate,
            List<GroupTable> changed) {
        List<DecisionImpact.ImpactTable> tables = new ArrayList<>();
        for (int t = 0; t < current.size(); t++) {
            GroupTable now = current.get(t);
            GroupTable then = candidate.get(t);
            GroupTable diff = changed.get(t);
            List<DecisionImpact.ImpactRow> rows = new ArrayList<>();
            for (int g = 0; g < now.groups().size(); g++) {
                GroupRow a = now.groups().get(g);
                GroupRow b = then.groups().get(g);
                rows.add(a.suppressed()
                        ? new DecisionImpact.ImpactRow(a.group(), true, null, null, null, null, null, null, null,
                                null, null, null)
                        : new DecisionImpact.ImpactRow(a.group(), false, a.applicants(),
                                diff.groups().get(g).selected(), a.selected(), b.selected(), a.rate(), b.rate(),
                                a.impactRatio(), b.impactRatio(), a.belowFourFifths(), b.belowFourFifths()));
            }
            tables.add(new DecisionImpact.ImpactTable(now.dimension(), now.unknown(), now.referenceGroup(),
                    then.referenceGroup(), rows));
        }
        return tables;
    }
}
