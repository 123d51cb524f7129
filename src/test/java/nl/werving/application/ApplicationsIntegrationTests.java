package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PostgresIntegrationTest
class ApplicationsIntegrationTests {

    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Applications applications;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private Application application;

    @BeforeEach
    void setUp() {
        application = TestApplications.submit(submission, vacancies);
    }

    @Test
    void anApplicationIsFoundByReferenceAndById() {
        assertThat(applications.findByReference(application.getReference())).hasValueSatisfying(
                found -> assertThat(found.getId()).isEqualTo(application.getId()));
        assertThat(applications.findById(application.getId())).hasValueSatisfying(
                found -> assertThat(found.getReference()).isEqualTo(application.getReference()));
        assertThat(applications.findByReference(ApplicationReference.random())).isEmpty();
    }

    @Test
    void theEndOfTheProcedureIsStored() {
        applications.recordProcedureEnded(application.getId(), ProcedureOutcome.OFFER_EXPIRED);

        Map<String, Object> row = row();
        assertThat(row.get("status")).isEqualTo("OFFER_EXPIRED");
        assertThat(row.get("ended_at")).isNotNull();
        Application reloaded = applications.findById(application.getId()).orElseThrow();
        assertThat(reloaded.outcome()).contains(ProcedureOutcome.OFFER_EXPIRED);
        assertThat(reloaded.hasEnded()).isTrue();
    }

    @Test
    void aHandOverToOnboardingIsStoredAsAHire() {
        applications.handOverToOnboarding(application.getId());

        Map<String, Object> row = row();
        assertThat(row.get("status")).isEqualTo("HIRED");
        assertThat(row.get("ended_at")).isNotNull();
        assertThat(row.get("handed_over_at")).isNotNull();
        assertThat(applications.findById(application.getId()).orElseThrow().isHandedOverToOnboarding()).isTrue();
    }

    private Map<String, Object> row() {
        return jdbc.queryForMap("select status, ended_at, handed_over_at from application where id = ?",
                application.getId());
    }
}
