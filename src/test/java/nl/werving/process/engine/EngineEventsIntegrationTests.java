package nl.werving.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.spring.boot.starter.event.ExecutionEvent;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/**
 * The engine keeps its execution, task and history events to itself. The Spring Boot starter would publish each of
 * them to the application context (every activity's start and end, every task change, every history row with its
 * variable values), where any listener could read them; Werving has no such listener, and the publishing cost every
 * process step its share of CPU (docs/benchmarks.md).
 */
@PostgresIntegrationTest
class EngineEventsIntegrationTests {

    @Autowired
    ApplicationEventMulticaster multicaster;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void noExecutionTaskOrHistoryEventOfAScreenedApplicationReachesTheApplicationContext() {
        List<Object> engineEvents = new CopyOnWriteArrayList<>();
        List<Object> applicationEvents = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            Object payload = event instanceof PayloadApplicationEvent<?> wrapped ? wrapped.getPayload() : event;
            applicationEvents.add(payload);
            if (payload instanceof DelegateExecution || payload instanceof ExecutionEvent
                    || payload instanceof DelegateTask || payload instanceof TaskEvent
                    || payload instanceof HistoryEvent) {
                engineEvents.add(payload);
            }
        };
        multicaster.addApplicationListener(listener);
        try {
            Application application = TestApplications.submit(submission, vacancies);
            // Screening ends at the recruiter's review task: activities, a task and their history on the way.
            TestApplications.awaitScreening(runtimeService, managementService, application);
        } finally {
            multicaster.removeApplicationListener(listener);
        }

        assertThat(applicationEvents).as("the listener hears Werving's own events").isNotEmpty();
        assertThat(engineEvents).isEmpty();
    }
}
