package nl.werving.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.test.context.TestContext;

class CurrentEngineTestExecutionListenerTests {

    private final CurrentEngineTestExecutionListener listener = new CurrentEngineTestExecutionListener();
    private final IdleJobExecutor jobsOfA = new IdleJobExecutor();
    private final IdleJobExecutor jobsOfB = new IdleJobExecutor();
    private final IdleJobExecutor disabledJobsOfC = new IdleJobExecutor();
    private final ProcessEngine a = engine("listener-test-a", jobsOfA);
    private final ProcessEngine b = engine("listener-test-b", jobsOfB);
    private final ProcessEngine c = engine("listener-test-c", disabledJobsOfC);

    @AfterEach
    void forgetTheEngines() {
        List.of(a, b, c).forEach(ProcessEngines::unregister);
    }

    @Test
    void onlyTheRunningTestsEngineExecutesJobsAndAStoppedOneStartsAgainWhenItsTestsRun() {
        jobsOfA.start();
        listener.beforeTestClass(testOf(a));
        assertThat(ProcessEngines.getProcessEngine("listener-test-a")).isSameAs(a);

        jobsOfB.start();
        listener.beforeTestClass(testOf(b));
        assertThat(jobsOfA.isActive()).as("the other context's job executor is stopped").isFalse();
        assertThat(jobsOfB.isActive()).isTrue();

        listener.beforeTestMethod(testOf(a));
        assertThat(jobsOfA.isActive()).as("started again for its own tests").isTrue();
        assertThat(jobsOfB.isActive()).isFalse();
    }

    @Test
    void aJobExecutorThatWasNeverActiveIsNotStarted() {
        listener.beforeTestClass(testOf(c));
        jobsOfA.start();
        listener.beforeTestClass(testOf(a));
        listener.beforeTestMethod(testOf(c));

        assertThat(disabledJobsOfC.isActive()).isFalse();
        assertThat(jobsOfA.isActive()).isFalse();
    }

    private static ProcessEngine engine(String name, JobExecutor jobs) {
        ProcessEngine engine = mock(ProcessEngine.class);
        ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
        when(engine.getName()).thenReturn(name);
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        when(configuration.getJobExecutor()).thenReturn(jobs);
        return engine;
    }

    private static TestContext testOf(ProcessEngine engine) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(ProcessEngine.class, () -> engine);
        context.refresh();
        TestContext test = mock(TestContext.class);
        when(test.getApplicationContext()).thenReturn(context);
        return test;
    }

    /** A job executor that acquires nothing: only whether it is active matters here. */
    private static final class IdleJobExecutor extends JobExecutor {

        @Override
        protected void startExecutingJobs() {
        }

        @Override
        protected void stopExecutingJobs() {
        }

        @Override
        public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        }
    }
}
