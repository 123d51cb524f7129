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
                String.class)).contains("werving_hi_varinst_text", "werving_ru_variable_text", "werving_ru_job_duedate");
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
    void theJobExecutorFindsDueJobsThroughTheDueDateIndex() throws Exception {
        assertThat(plan("select id_ from act_ru_job where retries_ > 0 and duedate_ <= now()"
                + " and (lock_owner_ is null or lock_exp_time_ < now()) and suspension_state_ = 1"
                + " order by duedate_ limit 3")).contains("werving_ru_job_duedate");
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
