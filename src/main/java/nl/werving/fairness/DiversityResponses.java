package nl.werving.fairness;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code diversity_response}: one row per application and survey question. Special-category data
 * (GDPR Art. 9): only this module reads it, and only to count groups.
 */
@Repository
class DiversityResponses {

    private final NamedParameterJdbcTemplate jdbc;

    DiversityResponses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(UUID applicationId, Map<String, String> answers, Instant at) {
        delete(applicationId);
        answers.forEach((dimension, answer) -> jdbc.update("insert into diversity_response "
                + "(application_id, dimension, answer, recorded_at) values (:application, :dimension, :answer, :at)",
                Map.of("application", applicationId, "dimension", dimension, "answer", answer,
                        "at", Timestamp.from(at))));
    }

    int delete(UUID applicationId) {
        return jdbc.update("delete from diversity_response where application_id = :application",
                Map.of("application", applicationId));
    }

    /** The answers per application, for the given applications (in batches, to keep statements small). */
    Map<UUID, Map<String, String>> answers(Collection<UUID> applicationIds) {
        Map<UUID, Map<String, String>> answers = new HashMap<>();
        List<UUID> ids = List.copyOf(applicationIds);
        for (int start = 0; start < ids.size(); start += 1000) {
            List<UUID> batch = ids.subList(start, Math.min(ids.size(), start + 1000));
            jdbc.query("select application_id, dimension, answer from diversity_response "
                    + "where application_id in (:ids)", Map.of("ids", batch), row -> {
                        answers.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new HashMap<>())
                                .put(row.getString("dimension"), row.getString("answer"));
                    });
        }
        return answers;
    }
}
