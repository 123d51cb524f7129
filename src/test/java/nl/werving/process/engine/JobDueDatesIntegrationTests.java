package nl.werving.process.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every job has a due date (the job executor only acquires those): a job left without one, as by an earlier version,
 * gets the current time when the engine is built.
 */
@PostgresIntegrationTest
class JobDueDatesIntegrationTests {

    @Autowired
    JobDueDatesPlugin plugin;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobWithoutADueDateGetsTheCurrentTime() {
        Application application = TestApplications.submit(submission, vacancies);
        TestApplications.awaitScreening(runtimeService, managementService, application);
        String hiring = runtimeService.createProcessInstanceQuery().processDefinitionKey("HiringProcess")
                .processInstanceBusinessKey(application.getReference().value()).singleResult().getId();
        // The screening review's reminder, due in days.
        Job reminder = managementService.createJobQuery().processInstanceId(hiring).timers().singleResult();
        Date due = reminder.getDuedate();
        // Suspended, so that the job executor leaves it alone while it is due.
        managementService.suspendJobById(reminder.getId());
        jdbc.update("update act_ru_job set duedate_ = null where id_ = ?", reminder.getId());
        try {
            Instant before = Instant.now().minusSeconds(1);

            plugin.postProcessEngineBuild(processEngine);

            Date dated = managementService.createJobQuery().jobId(reminder.getId()).singleResult().getDuedate();
            assertThat(dated).isNotNull();
            assertThat(dated.toInstant()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        } finally {
            managementService.setJobDuedate(reminder.getId(), due);
            managementService.activateJobById(reminder.getId());
        }
    }

    @Test
    void anAsynchronousStepIsMadeWithADueDate() {
        Application application = TestApplications.submit(submission, vacancies);
        String hiring = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("HiringProcess")
                .processInstanceBusinessKey(application.getReference().value()).singleResult().getId();

        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(hiring)
                .activityIdIn("Task_ScreenApplication").creationLog().list())
                .as("the screening step's job as it was made").isNotEmpty()
                .allSatisfy(created -> assertThat(created.getJobDueDate()).isNotNull());
    }
}
