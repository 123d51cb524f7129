package nl.werving.process.engine;

import java.sql.Timestamp;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With {@code ensureJobDueDateNotNull} on (application.yaml), every job gets a due date when it is made, and the job
 * executor only acquires jobs that have one: its query then reads the due jobs through an index instead of every
 * job (docs/benchmarks.md). Jobs made before the setting, or by a node of an earlier version, have none; once the
 * engine is built this gives each of them the current time, so that none is left waiting.
 */
@Component
class JobDueDatesPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(JobDueDatesPlugin.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (configuration == null || !configuration.isEnsureJobDueDateNotNull()) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
        int dated = new JdbcTemplate(configuration.getDataSource()).update("update " + table
                + " set DUEDATE_ = ? where DUEDATE_ is null", Timestamp.from(ClockUtil.now().toInstant()));
        if (dated > 0) {
            log.info("Gave {} jobs without a due date the current time, so that the job executor acquires them",
                    dated);
        }
    }
}
