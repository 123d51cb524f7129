package nl.werving.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class EngineIndexMigrationsIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theIndexesOnTheEngineTablesAreAppliedOnceAfterTheEngineMadeItsTables() {
        assertThat(jdbc.queryForList("select version from " + EngineIndexMigrations.HISTORY_TABLE
                + " where success and version is not null", String.class)).contains("1", "2");
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname like 'werving\\_%'",
                String.class)).contains("werving_hi_varinst_text", "werving_ru_variable_text", "werving_ru_job_duedate",
                "werving_ru_job_locked");
    }

    @Test
    void aVariableValueLookupUsesTheIndexInsteadOfReadingEveryVariableOfThatName() throws Exception {
        String lookup = "select proc_inst_id_ from %s where name_ = 'applicationId' and text_ = '%s'";
        assertThat(plan(lookup.formatted("act_hi_varinst", "2d0f6a38-0f43-4d1c-9a53-5e1a2b3c4d5e")))
                .contains("werving_hi_varinst_text");
        assertThat(plan(lookup.formatted("act_ru_variable", "2d0f6a38-0f43-4d1c-9a53-5e1a2b3c4d5e")))
                .contains("werving_ru_variable_text");
    }

    @Test
    void theJobExecutorFindsDueJobsAndTheLockedOnesThroughIndexes() throws Exception {
        // The engine's acquisition query (Job.xml, selectNextJobsToExecute) with due dates ensured, by due date.
        String acquisition = """
                select res.id_ from act_ru_job res where res.retries_ > 0 and res.duedate_ <= now()
                and (res.lock_owner_ is null or res.lock_exp_time_ < now()) and res.suspension_state_ = 1
                and ((res.exclusive_ = true and not exists (select j2.id_ from act_ru_job j2
                      where j2.process_instance_id_ = res.process_instance_id_ and j2.exclusive_ = true
                      and j2.lock_owner_ is not null and j2.lock_exp_time_ >= now()))
                     or res.exclusive_ = false)
                order by res.duedate_ asc limit 3""";
        assertThat(plan(acquisition)).contains("werving_ru_job_duedate", "werving_ru_job_locked");
    }

    /** The plan PostgreSQL chooses when a sequential scan is not an option, as on a table of millions of rows. */
    private String plan(String query) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("set local enable_seqscan = off");
            try (ResultSet rows = statement.executeQuery("explain " + query)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
        }
        return String.join("\n", lines);
    }
}
