package nl.werving.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding an applicant by e-mail address, in any case, after registration and after a correction. */
@PostgresIntegrationTest
class ApplicantsIntegrationTests {

    @Autowired
    Applicants applicants;

    @Test
    void anApplicantIsFoundByTheirAddressWhateverItsCase() {
        String local = "Ana.Lima." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = applicants.register(new ApplicantDetails("Ana Lima", local + "@Example.ORG", null, Language.EN));

        assertThat(applicants.idsByEmail(local.toLowerCase() + "@example.org")).containsExactly(id);
        assertThat(applicants.idsByEmail(local.toUpperCase() + "@EXAMPLE.ORG")).containsExactly(id);
        assertThat(applicants.idsByEmail("other." + local + "@example.org")).isEmpty();
    }

    @Test
    void aCorrectedAddressIsFoundAndTheOldOneNoLonger() {
        String local = "Bo.Jansen." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = applicants.register(new ApplicantDetails("Bo Jansen", local + "@example.org", null, Language.NL));

        applicants.correct(id, new ApplicantDetails("Bo Jansen", local + "@Werk.example.org", null, Language.NL));

        assertThat(applicants.idsByEmail(local + "@werk.example.org")).containsExactly(id);
        assertThat(applicants.idsByEmail(local + "@example.org")).isEmpty();
    }
}
