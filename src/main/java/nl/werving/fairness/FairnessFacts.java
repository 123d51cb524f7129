package nl.werving.fairness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A read-only reporting view over other modules' tables: only pseudonymous columns (ids, statuses, stages,
 * decision codes, scores, recommendations), never names, contact data, free text or evidence. Reading the tables
 * directly keeps aggregate reporting out of the modules' transactional APIs; the columns it reads are listed in
 * docs/fairness.md so a schema change there is noticed here.
 */
@Repository
class FairnessFacts {

    private final NamedParameterJdbcTemplate jdbc;

    FairnessFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of the applications submitted in [from, to), optionally of one vacancy. */
    List<ApplicationRecord> applications(UUID vacancyId, Instant from, Instant to) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to)).addValue("vacancy", vacancyId);
        String selection = "select a.id from application a where a.submitted_at >= :from and a.submitted_at < :to"
                + (vacancyId == null ? "" : " and a.vacancy_id = :vacancy");
        Map<UUID, String> statuses = new LinkedHashMap<>();
        jdbc.query("select a.id, a.status from application a where a.submitted_at >= :from and a.submitted_at < :to"
                + (vacancyId == null ? "" : " and a.vacancy_id = :vacancy") + " order by a.submitted_at, a.id",
                parameters, row -> {
                    statuses.put(row.getObject("id", UUID.class), row.getString("status"));
                });
        Map<UUID, String> recommendations = new HashMap<>();
        Map<UUID, Integer> scores = new HashMap<>();
        jdbc.query("select r.application_id, r.recommendation, r.score from screening_result r "
                + "where r.application_id in (" + selection + ") and r.sequence_number = "
                + "(select max(s.sequence_number) from screening_result s where s.application_id = r.application_id)",
                parameters, row -> {
                    UUID id = row.getObject("application_id", UUID.class);
                    recommendations.put(id, row.getString("recommendation"));
                    scores.put(id, (Integer) row.getObject("score"));
                });
        Map<UUID, Set<String>> decisions = new HashMap<>();
        jdbc.query("select d.application_id, d.stage, d.decision from human_decision d where d.application_id in ("
                + selection + ")", parameters, row -> {
                    decisions.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new HashSet<>())
                            .add(row.getString("stage") + ":" + row.getString("decision"));
                });
        Set<UUID> assessed = ids("select x.application_id from assessment x where x.application_id in (" + selection
                + ")", parameters);
        Set<UUID> planned = ids("select x.application_id from interview_plan x where x.application_id in ("
                + selection + ")", parameters);
        Set<UUID> offered = ids("select x.application_id from offer x where x.application_id in (" + selection + ")",
                parameters);
        List<ApplicationRecord> records = new ArrayList<>();
        statuses.forEach((id, status) -> records.add(new ApplicationRecord(id, status, recommendations.get(id),
                scores.get(id), decisions.getOrDefault(id, Set.of()), assessed.contains(id), planned.contains(id),
                offered.contains(id))));
        return records;
    }

    /**
     * The decision inputs of the latest screening of each application screened since the given moment,
     * optionally of one vacancy, with the recommendation stored for it.
     */
    List<StoredScreening> screenings(UUID vacancyId, Instant since) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("since", Timestamp.from(since))
                .addValue("vacancy", vacancyId);
        return jdbc.query("select r.application_id, r.knockout_failed, r.must_have_missing, r.score, r.reason, "
                + "r.recommendation from screening_result r where r.screened_at >= :since"
                + (vacancyId == null ? "" : " and r.vacancy_id = :vacancy")
                + " and r.sequence_number = (select max(s.sequence_number) from screening_result s "
                + "where s.application_id = r.application_id) order by r.screened_at, r.application_id", parameters,
                (row, number) -> new StoredScreening(row.getObject("application_id", UUID.class),
                        new ScreeningInputs(!"AUTOMATION_OFF".equals(row.getString("reason")),
                                row.getBoolean("knockout_failed"), row.getBoolean("must_have_missing"),
                                (Integer) row.getObject("score")),
                        row.getString("recommendation")));
    }

    /** A stored screening: its application, the inputs the decision table read, and the recommendation stored. */
    record StoredScreening(UUID applicationId, ScreeningInputs inputs, String recommendation) {
    }

    private Set<UUID> ids(String sql, MapSqlParameterSource parameters) {
        return new HashSet<>(jdbc.queryForList(sql, parameters, UUID.class));
    }
}
