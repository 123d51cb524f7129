package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.cv.CvDocuments;
import nl.werving.screening.ScreeningResults;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A CV too slow for intake and too slow for screening's background extraction as well: the application is not
 * lost but reaches a recruiter unscored. The failure inside the transactional screening service must not mark the
 * job's transaction for rollback, or the job would fail and retry instead of following the error boundary.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"werving.cv.time-limit=1ms", "werving.cv.background-time-limit=1ms"})
class UnreadablePendingCvIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    CvDocuments cvDocuments;
    @Autowired
    ScreeningResults screeningResults;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @Test
    void aCvThatCannotBeExtractedInTheBackgroundEitherGoesToARecruiterUnscored() throws Exception {
        String reference = PendingCvPipeline.applyWithPdf(port, PendingCvPipeline.javaVacancy(vacancies));
        UUID applicationId = applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId();

        Task review = PendingCvPipeline.awaitReview(taskService, reference);

        String instanceId = review.getProcessInstanceId();
        assertThat(runtimeService.getVariable(instanceId, "screeningReason")).isEqualTo("NOT_SCORED");
        assertThat(runtimeService.getVariable(instanceId, HiringProcess.VAR_SCREENING_SCORE)).isNull();
        assertThat(runtimeService.getVariable(instanceId, HiringProcess.VAR_KNOCKOUT_FAILED)).isEqualTo(false);
        assertThat(taskService.getVariableLocal(review.getId(), "screeningEvidence")).isNull();
        assertThat(managementService.createJobQuery().processInstanceId(instanceId).withException().count())
                .as("no failed job: the error boundary was taken at once").isZero();
        assertThat(cvDocuments.text(applicationId)).as("the text is still pending").isEmpty();
        assertThat(cvDocuments.original(applicationId)).as("the CV is kept for the recruiter").isPresent();
        assertThat(screeningResults.latest(applicationId)).isEmpty();
    }
}
