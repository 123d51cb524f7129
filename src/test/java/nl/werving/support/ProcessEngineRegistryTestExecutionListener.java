package nl.werving.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API finds "the default engine" in {@link ProcessEngines}, a static registry shared by the whole
 * JVM, and every engine registers itself there when it starts. A test run holds more than one application
 * context (demo mode on H2, the 'postgres' profile), so whichever context started last would answer every
 * test's {@code /engine-rest} calls, and which one that is depends on the order test classes happen to run in.
 * Before each test method this listener registers the engine of the test's own context again.
 * Registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public class ProcessEngineRegistryTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
