package nl.werving.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Camunda's REST API looks its engine up in a JVM-wide registry under the name "default", which belongs to the
 * engine started last. When the test run also starts another context (the demo mode on H2), a cached context's
 * REST calls would reach that other engine and its database. Registering the context's own engine before each
 * test class keeps {@code /engine-rest} on the database the test uses.
 */
public class DefaultProcessEngineRegistration extends AbstractTestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        ProcessEngines.registerProcessEngine(testContext.getApplicationContext().getBean(ProcessEngine.class));
    }
}
