package nl.werving.vacancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The stored versions of vacancies' requirements and knock-out questions. Versions are only ever added, never
 * changed or removed (tables vacancy_requirements_version, vacancy_requirement, knockout_question), so a version
 * once read is kept in memory: intake and screening read the same few versions for every application. A version is
 * kept only after the transaction that read it committed, so one added by a transaction that is rolled back is never
 * served; every node of a cluster reads the same committed rows.
 */
@Repository
class RequirementsVersions {

    /** Versions kept in memory; a version is a few kilobytes, and an employer has at most a few hundred open. */
    private static final int KEPT_VERSIONS = 1_000;

    private final JdbcClient jdbc;
    private final Cache<Key, VacancyRequirements> read = Caffeine.newBuilder().maximumSize(KEPT_VERSIONS).build();

    RequirementsVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID vacancyId, VacancyRequirements requirements, Instant changedAt, String changedBy) {
        jdbc.sql("insert into vacancy_requirements_version (vacancy_id, version, changed_at, changed_by) "
                        + "values (?, ?, ?, ?)")
                .params(vacancyId, requirements.version(), changedAt.atOffset(ZoneOffset.UTC), changedBy)
                .update();
        List<Requirement> items = requirements.requirements();
        for (int position = 0; position < items.size(); position++) {
            Requirement item = items.get(position);
            jdbc.sql("insert into vacancy_requirement (vacancy_id, version, position, id, kind, label, synonyms, "
                            + "minimum_years, level, must_have, weight) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(vacancyId, requirements.version(), position, item.id(), item.kind().name(), item.label(),
                            SynonymsJson.write(item.synonyms()), item.minimumYears(), item.level(), item.mustHave(),
                            item.weight())
                    .update();
        }
        List<KnockoutQuestion> questions = requirements.knockoutQuestions();
        for (int position = 0; position < questions.size(); position++) {
            KnockoutQuestion question = questions.get(position);
            jdbc.sql("insert into knockout_question (vacancy_id, version, position, id, question_en, question_nl, "
                            + "required_answer) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(vacancyId, requirements.version(), position, question.id(), question.questionEn(),
                            question.questionNl(), question.requiredAnswer())
                    .update();
        }
    }

    Optional<VacancyRequirements> find(UUID vacancyId, int version) {
        Key key = new Key(vacancyId, version);
        VacancyRequirements kept = read.getIfPresent(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<VacancyRequirements> found = load(vacancyId, version);
        found.ifPresent(requirements -> keepOnceCommitted(key, requirements));
        return found;
    }

    private void keepOnceCommitted(Key key, VacancyRequirements requirements) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            read.put(key, requirements);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                read.put(key, requirements);
            }
        });
    }

    private Optional<VacancyRequirements> load(UUID vacancyId, int version) {
        boolean stored = jdbc.sql("select count(*) from vacancy_requirements_version where vacancy_id = ? "
                        + "and version = ?")
                .params(vacancyId, version).query(Integer.class).single() > 0;
        if (!stored) {
            return Optional.empty();
        }
        List<Requirement> requirements = jdbc.sql("select id, kind, label, synonyms, minimum_years, level, must_have, "
                        + "weight from vacancy_requirement where vacancy_id = ? and version = ? order by position")
                .params(vacancyId, version).query(RequirementsVersions::requirement).list();
        List<KnockoutQuestion> questions = jdbc.sql("select id, question_en, question_nl, required_answer "
                        + "from knockout_question where vacancy_id = ? and version = ? order by position")
                .params(vacancyId, version).query(RequirementsVersions::question).list();
        return Optional.of(new VacancyRequirements(version, requirements, questions));
    }

    private record Key(UUID vacancyId, int version) {
    }

    private static Requirement requirement(ResultSet row, int rowNumber) throws SQLException {
        return new Requirement(row.getObject("id", UUID.class), RequirementKind.valueOf(row.getString("kind")),
                row.getString("label"), SynonymsJson.read(row.getString("synonyms")),
                row.getObject("minimum_years", Integer.class), row.getString("level"), row.getBoolean("must_have"),
                row.getInt("weight"));
    }

    private static KnockoutQuestion question(ResultSet row, int rowNumber) throws SQLException {
        return new KnockoutQuestion(row.getObject("id", UUID.class), row.getString("question_en"),
                row.getString("question_nl"), row.getBoolean("required_answer"));
    }
}
