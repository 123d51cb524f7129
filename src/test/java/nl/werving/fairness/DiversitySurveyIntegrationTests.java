package nl.werving.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReason;
import nl.werving.erasure.ErasureReceipt;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class DiversitySurveyIntegrationTests {

    private static final Map<String, String> ANSWERS = Map.of("sex", "female", "age-band", "35-44",
            "migration-background", Dimension.PREFER_NOT_TO_SAY);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    DiversitySurvey survey;
    @Autowired
    Consents consents;
    @Autowired
    Erasure erasure;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private Application application;

    @BeforeEach
    void submit() {
        application = TestApplications.submit(submission, vacancies);
    }

    @Test
    void answersAreTakenOnlyWithTheSurveysOwnConsent() {
        assertThatThrownBy(() -> survey.record(application.getId(), ANSWERS))
                .isInstanceOf(DiversityConsentMissingException.class);
        assertThat(rows()).isZero();

        survey.consent(application.getId(), ConsentChannel.CANDIDATE_LINK);
        survey.record(application.getId(), ANSWERS);

        assertThat(rows()).isEqualTo(3);
        assertThat(consents.inForce(application.getId(), ConsentPurpose.DIVERSITY_SURVEY)).hasValueSatisfying(
                consent -> assertThat(consent.noticeVersion()).isEqualTo("diversity-survey-2026-11"));
    }

    @Test
    void answersOutsideTheConfiguredValuesAreRefusedWithoutEchoingThem() {
        survey.consent(application.getId(), ConsentChannel.CANDIDATE_LINK);

        assertThatThrownBy(() -> survey.record(application.getId(), Map.of("sex", "secret-value")))
                .isInstanceOf(InvalidSurveyAnswerException.class).hasMessageNotContaining("secret-value");
        assertThatThrownBy(() -> survey.record(application.getId(), Map.of("religion", "any")))
                .isInstanceOf(InvalidSurveyAnswerException.class);
        assertThat(rows()).isZero();
    }

    @Test
    void withdrawingTheConsentDeletesTheAnswers() {
        survey.consent(application.getId(), ConsentChannel.CANDIDATE_LINK);
        survey.record(application.getId(), ANSWERS);

        assertThat(survey.withdraw(application.getId(), ConsentChannel.CANDIDATE_LINK)).isEqualTo(3);

        assertThat(rows()).isZero();
        assertThat(consents.inForce(application.getId(), ConsentPurpose.DIVERSITY_SURVEY)).isEmpty();
    }

    @Test
    void aSurveyConsentWithdrawnThroughTheConsentRecordsDeletesTheAnswersToo() {
        survey.consent(application.getId(), ConsentChannel.CANDIDATE_LINK);
        survey.record(application.getId(), ANSWERS);

        consents.withdraw(application.getId(), ConsentPurpose.DIVERSITY_SURVEY, ConsentChannel.RECRUITER);

        assertThat(rows()).isZero();
    }

    @Test
    void erasureDeletesTheAnswers() {
        // Erasure deletes the application's running process; let the engine finish screening it first.
        TestApplications.awaitScreening(runtimeService, managementService, application);
        survey.consent(application.getId(), ConsentChannel.CANDIDATE_LINK);
        survey.record(application.getId(), ANSWERS);

        ErasureReceipt receipt = erasure.erase(new ErasedApplication(application.getId(),
                application.getReference().value()), ErasureReason.CANDIDATE_REQUEST);

        assertThat(rows()).isZero();
        assertThat(receipt.stores()).anySatisfy(store -> {
            assertThat(store.store()).isEqualTo("diversity_response");
            assertThat(store.records()).isEqualTo(3);
        });
    }

    private int rows() {
        return jdbc.queryForObject("select count(*) from diversity_response where application_id = ?", Integer.class,
                application.getId());
    }
}
