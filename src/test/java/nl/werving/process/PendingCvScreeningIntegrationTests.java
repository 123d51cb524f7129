package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvFixtures;
import nl.werving.screening.MatchStatus;
import nl.werving.screening.ScreeningResult;
import nl.werving.screening.ScreeningResults;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A CV whose text cannot be extracted within the (here tiny) intake time limit: the application is accepted all the
 * same, and screening, in the process's asynchronous job, extracts the text and scores it with evidence.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "werving.cv.time-limit=1ms")
class PendingCvScreeningIntegrationTests {

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

    @Test
    void aCvTooSlowForIntakeIsAcceptedAndItsTextExtractedAndScreenedInTheBackground() throws Exception {
        String reference = PendingCvPipeline.applyWithPdf(port, PendingCvPipeline.javaVacancy(vacancies));
        UUID applicationId = applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId();

        Task review = PendingCvPipeline.awaitReview(taskService, reference);

        assertThat(cvDocuments.text(applicationId)).hasValueSatisfying(
                text -> assertThat(text).contains(CvFixtures.FIRST_PAGE));
        assertThat(cvDocuments.original(applicationId).orElseThrow().contentType()).isEqualTo("application/pdf");
        ScreeningResult result = screeningResults.latest(applicationId).orElseThrow();
        assertThat(result.cvScreened()).isTrue();
        assertThat(result.score()).isNotNull();
        assertThat(result.reason()).isEqualTo("MUST_HAVE_MISSING");
        assertThat(result.requirements()).filteredOn(requirement -> requirement.label().equals("Java"))
                .singleElement().satisfies(java -> {
                    assertThat(java.status()).isEqualTo(MatchStatus.MATCHED);
                    assertThat(java.evidence()).isNotEmpty();
                });
        assertThat(runtimeService.getVariable(review.getProcessInstanceId(), HiringProcess.VAR_SCREENING_SCORE))
                .isEqualTo(result.score());
        assertThat((String) taskService.getVariableLocal(review.getId(), "screeningEvidence")).contains("Java");
    }
}
