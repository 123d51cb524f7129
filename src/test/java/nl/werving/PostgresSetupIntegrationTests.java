package nl.werving;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.werving.security.DemoAccount;
import nl.werving.security.WervingGroups;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class PostgresSetupIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    Vacancies vacancies;

    @Test
    void runsOnPostgresql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void connectionsKeepServerErrorDetailsOutPlanWithoutMaterialisingAndSendBatchedInsertsAsOne() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            BaseConnection postgres = connection.unwrap(BaseConnection.class);
            assertThat(postgres.getLogServerErrorDetail()).isFalse();
            assertThat(postgres.getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
            try (Statement statement = connection.createStatement();
                    ResultSet material = statement.executeQuery("show enable_material")) {
                material.next();
                assertThat(material.getString(1)).isEqualTo("off");
                statement.execute("create temporary table batch_probe (n int)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into batch_probe (n) values (?)")) {
                for (int n = 1; n <= 4; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                // Rewritten into one multi-row insert, the batch reports no row count per row.
                assertThat(insert.executeBatch()).hasSize(4).containsOnly(Statement.SUCCESS_NO_INFO);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("select count(*) from batch_probe")) {
                count.next();
                assertThat(count.getInt(1)).isEqualTo(4);
                statement.execute("drop table batch_probe");
            }
        }
    }

    @Test
    void flywayOwnsTheDomainSchemaAndTheEngineItsOwn() {
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                .contains("1");
        assertThat(jdbc.queryForObject(
                "select count(*) from information_schema.tables where table_name in ('act_ru_task', 'act_hi_procinst')",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void historyIsKeptInFull() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    }

    @Test
    void authorizationChecksAreOn() {
        assertThat(processEngine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void wervingsGroupsExistButNoDemoUsers() {
        for (String group : WervingGroups.WERVING_GROUPS) {
            assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
        DemoAccount.ALL.stream()
                .filter(account -> account != DemoAccount.ADMIN)
                .forEach(account -> assertThat(identityService.createUserQuery().userId(account.userId()).count())
                        .as(account.userId()).isZero());
        assertThat(identityService.checkPassword("admin", DemoAccount.ADMIN.password())).isFalse();
    }

    @Test
    void noDemoVacanciesArePublished() {
        assertThat(vacancies.findOpen()).extracting(vacancy -> vacancy.getTitle())
                .doesNotContain("Backend developer (Java)");
    }
}
