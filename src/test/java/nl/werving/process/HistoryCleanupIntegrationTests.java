package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nl.werving.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Expired history is removed by a nightly cleanup job, without anyone having to start it. */
@PostgresIntegrationTest
class HistoryCleanupIntegrationTests {

    @Autowired
    HistoryService historyService;

    @Test
    void theHistoryCleanupJobIsScheduledInsideTheNightlyWindow() {
        List<Job> jobs = historyService.findHistoryCleanupJobs();

        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
            assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        }
    }
}
