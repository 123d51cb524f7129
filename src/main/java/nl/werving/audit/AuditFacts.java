package nl.werving.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A read-only view over other modules' tables for the audit trail, like the fairness module's: the application's
 * reference, vacancy, status and dates; screening results (features, decision key, version, recommendation, reason
 * code); human decisions; outbound messages (type, round, recipient kind, status, times: never content or address);
 * consent records; data requests. The columns it reads are listed in docs/operations.md (audit trail), so a
 * schema change there is noticed here.
 */
@Repository
class AuditFacts {

    /** Recommendations that propose an outcome, the only ones a person can override (as in HumanDecision). */
    static final List<String> OUTCOME_RECOMMENDATIONS = List.of("advance", "reject");

    private final NamedParameterJdbcTemplate jdbc;

    AuditFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The application's pseudonymous facts. */
    record ApplicationFacts(UUID id, String reference, UUID vacancyId, String status, Instant submittedAt,
            Instant endedAt, Instant erasedAt) {
    }

    Optional<ApplicationFacts> application(String reference) {
        return jdbc.query("select id, reference, vacancy_id, status, submitted_at, ended_at, erased_at from application "
                + "where reference = :reference", Map.of("reference", reference), (row, number) -> new ApplicationFacts(
                        row.getObject("id", UUID.class), row.getString("reference"),
                        row.getObject("vacancy_id", UUID.class), row.getString("status"),
                        instant(row.getTimestamp("submitted_at")), instant(row.getTimestamp("ended_at")),
                        instant(row.getTimestamp("erased_at")))).stream().findFirst();
    }

    List<DecisionRecord> screeningResults(UUID applicationId) {
        return jdbc.query("select sequence_number, requirements_version, cv_screened, score, must_have_missing, "
                + "knockout_failed, decision_key, decision_version, recommendation, reason, screened_at, decided_at "
                + "from screening_result where application_id = :id order by sequence_number", Map.of("id", applicationId),
                (row, number) -> {
                    Map<String, Object> features = Timelines.details("sequenceNumber", row.getInt("sequence_number"),
                            "requirementsVersion", row.getInt("requirements_version"),
                            "cvScreened", row.getBoolean("cv_screened"), "score", row.getObject("score"),
                            "mustHaveMissing", row.getBoolean("must_have_missing"),
                            "knockoutFailed", row.getBoolean("knockout_failed"),
                            "screenedAt", instant(row.getTimestamp("screened_at")));
                    Instant decidedAt = instant(row.getTimestamp("decided_at"));
                    return DecisionRecord.screening(decidedAt == null ? instant(row.getTimestamp("screened_at")) : decidedAt,
                            row.getString("decision_key"), (Integer) row.getObject("decision_version"), features,
                            row.getString("recommendation"), row.getString("reason"));
                });
    }

    List<DecisionRecord> humanDecisions(UUID applicationId) {
        return jdbc.query("select stage, round, recommendation_shown, decision, reason, decided_by, decided_at, override "
                + "from human_decision where application_id = :id order by decided_at", Map.of("id", applicationId),
                (row, number) -> DecisionRecord.human(instant(row.getTimestamp("decided_at")), row.getString("stage"),
                        row.getInt("round"), row.getString("recommendation_shown"), row.getString("decision"),
                        row.getString("reason"), row.getString("decided_by"), row.getBoolean("override")));
    }

    /** Mails: queued (created) and, once sent, sent; type, round, recipient kind and status only. */
    List<TimelineEntry> messages(UUID applicationId) {
        List<TimelineEntry> entries = new ArrayList<>();
        jdbc.query("select type, round, recipient_kind, status, created_at, sent_at, attempts from outbound_message "
                + "where application_id = :id order by created_at", Map.of("id", applicationId), row -> {
                    Map<String, Object> details = Timelines.details("type", row.getString("type"),
                            "round", row.getInt("round"), "recipientKind", row.getString("recipient_kind"),
                            "status", row.getString("status"), "attempts", row.getInt("attempts"));
                    entries.add(new TimelineEntry(instant(row.getTimestamp("created_at")), "MAIL", "mail-queued",
                            details));
                    Instant sent = instant(row.getTimestamp("sent_at"));
                    if (sent != null) {
                        entries.add(new TimelineEntry(sent, "MAIL", "mail-sent", details));
                    }
                });
        return entries;
    }

    List<TimelineEntry> consents(UUID applicationId) {
        List<TimelineEntry> entries = new ArrayList<>();
        jdbc.query("select purpose, notice_version, given_at, given_via, withdrawn_at, withdrawn_via from consent_record "
                + "where application_id = :id order by given_at", Map.of("id", applicationId), row -> {
                    entries.add(new TimelineEntry(instant(row.getTimestamp("given_at")), "CONSENT", "consent-given",
                            Timelines.details("purpose", row.getString("purpose"),
                                    "noticeVersion", row.getString("notice_version"), "via", row.getString("given_via"))));
                    Instant withdrawn = instant(row.getTimestamp("withdrawn_at"));
                    if (withdrawn != null) {
                        entries.add(new TimelineEntry(withdrawn, "CONSENT", "consent-withdrawn", Timelines.details(
                                "purpose", row.getString("purpose"), "via", row.getString("withdrawn_via"))));
                    }
                });
        return entries;
    }

    List<TimelineEntry> dataRequests(UUID applicationId) {
        List<TimelineEntry> entries = new ArrayList<>();
        jdbc.query("select number, type, channel, status, received_at, due_at, overdue_at, completed_at "
                + "from data_request where application_id = :id order by number", Map.of("id", applicationId), row -> {
                    int requestNumber = row.getInt("number");
                    String type = row.getString("type");
                    entries.add(new TimelineEntry(instant(row.getTimestamp("received_at")), "DATA_REQUEST",
                            "data-request-received", Timelines.details("number", requestNumber, "type", type,
                                    "channel", row.getString("channel"), "status", row.getString("status"),
                                    "dueAt", instant(row.getTimestamp("due_at")))));
                    Instant overdue = instant(row.getTimestamp("overdue_at"));
                    if (overdue != null) {
                        entries.add(new TimelineEntry(overdue, "DATA_REQUEST", "data-request-overdue",
                                Timelines.details("number", requestNumber, "type", type)));
                    }
                    Instant completed = instant(row.getTimestamp("completed_at"));
                    if (completed != null) {
                        entries.add(new TimelineEntry(completed, "DATA_REQUEST", "data-request-completed",
                                Timelines.details("number", requestNumber, "type", type)));
                    }
                });
        return entries;
    }

    /** A human decision as the oversight metrics count it. */
    record ReviewedDecision(UUID vacancyId, String stage, String reviewer, boolean recommendationShown,
            boolean override) {
    }

    List<ReviewedDecision> decisionsBetween(UUID vacancyId, Instant from, Instant to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to)).addValue("vacancy", vacancyId)
                .addValue("outcomes", OUTCOME_RECOMMENDATIONS);
        return jdbc.query("select a.vacancy_id, d.stage, d.decided_by, d.recommendation_shown in (:outcomes) as shown, "
                + "d.override from human_decision d join application a on a.id = d.application_id "
                + "where d.decided_at >= :from and d.decided_at < :to"
                + (vacancyId == null ? "" : " and a.vacancy_id = :vacancy"), parameters,
                (row, number) -> new ReviewedDecision(row.getObject("vacancy_id", UUID.class), row.getString("stage"),
                        row.getString("decided_by"), row.getBoolean("shown"), row.getBoolean("override")));
    }

    /** The vacancy of each of these applications. */
    Map<String, UUID> vacancies(Collection<String> references) {
        Map<String, UUID> vacancies = new HashMap<>();
        if (references.isEmpty()) {
            return vacancies;
        }
        jdbc.query("select reference, vacancy_id from application where reference in (:references)",
                Map.of("references", references), row -> {
                    vacancies.put(row.getString("reference"), row.getObject("vacancy_id", UUID.class));
                });
        return vacancies;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
