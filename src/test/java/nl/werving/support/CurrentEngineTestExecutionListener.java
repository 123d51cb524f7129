package nl.werving.support;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the running test's application context the current one, in two ways.
 * <ul>
 * <li>Camunda's REST API finds "the default engine" in {@link ProcessEngines}, a static registry shared by the
 * whole JVM, where every engine registers itself when it starts. A test run holds more than one application context
 * (demo mode on H2, the 'postgres' profile, and one per set of test properties), so whichever started last would
 * answer every test's {@code /engine-rest} calls. The test's own engine is registered again.</li>
 * <li>The cached contexts of the 'postgres' profile share one database, and each one's job executor would go on
 * acquiring jobs there: a job a test created could run in another context, under that context's settings (a CV
 * time limit of one millisecond, say). Only the test's own engine executes jobs; the job executors of the others
 * are stopped, and started again when a test of theirs runs.</li>
 * </ul>
 * Registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public class CurrentEngineTestExecutionListener extends AbstractTestExecutionListener {

    private static final Set<ProcessEngine> ENGINES = Collections.newSetFromMap(new WeakHashMap<>());
    private static final Set<ProcessEngine> STOPPED = Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        makeCurrent(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        makeCurrent(testContext);
    }

    private static void makeCurrent(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
            ProcessEngines.registerProcessEngine(engine);
            executeJobsOnlyIn(engine);
        });
    }

    private static synchronized void executeJobsOnlyIn(ProcessEngine current) {
        for (ProcessEngine other : ENGINES) {
            JobExecutor jobs = jobExecutor(other);
            if (other != current && jobs != null && jobs.isActive()) {
                jobs.shutdown();
                STOPPED.add(other);
            }
        }
        ENGINES.add(current);
        if (STOPPED.remove(current)) {
            JobExecutor jobs = jobExecutor(current);
            if (jobs != null) {
                jobs.start();
            }
        }
    }

    private static JobExecutor jobExecutor(ProcessEngine engine) {
        return engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuration
                ? configuration.getJobExecutor() : null;
    }
}
