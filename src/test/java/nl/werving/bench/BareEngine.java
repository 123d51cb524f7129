package nl.werving.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.werving.process.HiringProcess;
import nl.werving.support.ExtraDatabase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.flywaydb.core.Flyway;

/**
 * The baseline: the bare Camunda engine, without Werving, on a PostgreSQL database of its own on the same server,
 * with the same process models, decision tables and forms, the same history level, authorization checks, engine
 * settings and job execution as Werving: due dates on every job, acquisition by due date through the same engine
 * indexes, and as many job threads. Its delegates and listeners do nothing but set the variables the
 * gateways and decision tables read, so an instance takes the path Werving's took and stops at the same wait; the
 * screening delegate's variables come from a {@link BaselineScreening}, which either does the screening work itself
 * or sets the variables Werving's screening left. The same number of concurrent clients start a hiring process and
 * an applicant data lifecycle per application through the {@link RuntimeService}, as Werving does in the submitting
 * transaction, in batches ({@link #intake}) that the benchmark alternates with Werving's.
 */
final class BareEngine implements AutoCloseable {

    /** Werving's defaults: {@code WERVING_JOB_THREADS} and the queue of Camunda's Spring Boot job executor. */
    private static final int JOB_THREADS = 4;
    private static final int JOB_QUEUE = 3;

    private final ProcessEngine engine;
    private final Connection sql;
    private final BaselineScreening screening;
    private int started;

    private BareEngine(ProcessEngine engine, Connection sql, BaselineScreening screening) {
        this.engine = engine;
        this.sql = sql;
        this.screening = screening;
    }

    /**
     * Builds the engine on the database, adds Werving's engine indexes and deploys the models; the job executor runs
     * until {@link #close()}.
     *
     * @param screening what the screening step does; either way the instances take the path Werving's took
     */
    static BareEngine start(ExtraDatabase database, BaselineScreening screening) throws Exception {
        ProcessEngine engine = configuration(database, screening).buildProcessEngine();
        try {
            addEngineIndexes(engine);
            deployModels(engine);
            return new BareEngine(engine, database.connect(), screening);
        } catch (Exception e) {
            close(engine);
            throw e;
        }
    }

    /**
     * Starts {@code count} more applications by {@code clients} concurrent clients and waits until every instance
     * started so far waits, as {@link WervingIntake} does with Werving.
     */
    IntakeResult intake(int count, int clients) throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        int first = started;
        long start = System.nanoTime();
        Latencies latencies = Clients.run(count, clients, () -> runtime,
                (client, i) -> startApplication(client, first + i, screening));
        started += count;
        Await.until("every bare-engine instance waits", Duration.ofMinutes(30), () -> Await.allWaiting(sql, started));
        return new IntakeResult(count, (System.nanoTime() - start) / 1e9, latencies);
    }

    /** Brings the database's planner statistics up to date, as after Werving's warm-up. */
    void refreshStatistics() {
        PlannerStatistics.refresh(sql);
    }

    @Override
    public void close() throws Exception {
        try {
            sql.close();
        } finally {
            close(engine);
        }
    }

    private static void close(ProcessEngine engine) {
        engine.close();
        ((HikariDataSource) engine.getProcessEngineConfiguration().getDataSource()).close();
    }

    /** One application's engine work as HiringProcessStarter does it, in one transaction per start call. */
    private static void startApplication(RuntimeService runtime, int index, BaselineScreening screening) {
        String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 24).toUpperCase();
        String applicationId = UUID.randomUUID().toString();
        screening.received(applicationId, index);
        runtime.startProcessInstanceByKey(HiringProcess.PROCESS_KEY, reference,
                HiringProcess.startVariables(UUID.fromString(applicationId), UUID.randomUUID()));
        runtime.startProcessInstanceByKey("ApplicantDataLifecycle", reference, Map.of("applicationId", applicationId));
    }

    private static ProcessEngineConfiguration configuration(ExtraDatabase database, BaselineScreening screening) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        // Each baseline runs alongside the others in this JVM, under a name of its own.
        configuration.setProcessEngineName("bare-" + UUID.randomUUID());
        // Werving's connection pool (HikariCP, WERVING_DB_POOL_SIZE's default) and id generator, not the engine's
        // own defaults.
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(database.url());
        pool.setUsername(database.user());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(20);
        // Werving's driver setting for the engine's writes (application-postgres.yaml): batched inserts as one
        // multi-row insert.
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        configuration.setDataSource(new HikariDataSource(pool));
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setAuthorizationEnabled(true);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        configuration.setHistoryCleanupStrategy("removalTimeBased");
        configuration.setHistoryRemovalTimeStrategy("end");
        // Werving's job execution: due dates on every job, due jobs acquired in due-date order (through the indexes
        // addEngineIndexes makes), and a fixed pool of job threads with Camunda's Spring Boot queue.
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setJobExecutorAcquireByDueDate(true);
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(JOB_THREADS);
        jobExecutor.setMaxPoolSize(JOB_THREADS);
        jobExecutor.setQueueSize(JOB_QUEUE);
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(true);
        configuration.setMetricsEnabled(true);
        configuration.setBeans(new StubBeans(screening));
        return configuration;
    }

    /** The indexes Werving adds to the engine's tables once they exist, applied the same way (Flyway). */
    private static void addEngineIndexes(ProcessEngine engine) {
        Flyway.configure().dataSource(engine.getProcessEngineConfiguration().getDataSource())
                .locations("classpath:db/engine/postgresql").table("flyway_engine_history")
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    private static void deployModels(ProcessEngine engine) throws Exception {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bench")
                .enableDuplicateFiltering(true);
        for (String folder : List.of("processes", "forms")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    deployment.addString(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        deployment.deploy();
    }

    /**
     * Every delegate or listener expression of the models resolves to a stub: the screening delegate sets the
     * screening features, the automation policy allows automation, the decision-version listener records a
     * version; everything else does nothing.
     */
    private static final class StubBeans extends HashMap<Object, Object> {

        private final transient BaselineScreening screening;

        StubBeans(BaselineScreening screening) {
            this.screening = screening;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && (name.endsWith("Delegate") || name.endsWith("Listener"));
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? new Stub((String) key, screening) : null;
        }
    }

    private record Stub(String name, BaselineScreening screening)
            implements JavaDelegate, ExecutionListener, TaskListener {

        @Override
        public void execute(DelegateExecution execution) {
            if (name.equals("screenApplicationDelegate")) {
                execution.setVariables(screening.screen((String) execution.getVariable("applicationId")));
            }
        }

        @Override
        public void notify(DelegateExecution execution) {
            if (name.equals("automationPolicyListener")) {
                execution.setVariable("automationAllowed", true);
            } else if (name.equals("decisionVersionListener")) {
                execution.setVariable("screeningDecisionVersion", 1);
            }
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }
}
