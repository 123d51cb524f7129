package nl.werving.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.werving.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored requirement versions are read from the database once, and only once their transaction committed. */
@PostgresIntegrationTest
class RequirementsVersionsIntegrationTests {

    @Autowired
    Vacancies vacancies;
    @Autowired
    RequirementsVersions versions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommittedVersionIsReadFromTheDatabaseOnce() {
        UUID vacancy = draftVacancy();
        VacancyRequirements java = vacancies.changeRequirements(vacancy, skill("Java"), "hr1");
        assertThat(versions.find(vacancy, 1)).contains(java);

        // Versions are never changed or removed; removing this one's rows shows the next read does not go there.
        jdbc.update("delete from vacancy_requirement where vacancy_id = ?", vacancy);

        assertThat(versions.find(vacancy, 1)).contains(java);
        assertThat(versions.find(vacancy, 2)).isEmpty();
    }

    @Test
    void aVersionReadByATransactionThatIsRolledBackIsNeverServed() {
        UUID vacancy = draftVacancy();
        transactions.executeWithoutResult(status -> {
            VacancyRequirements java = vacancies.changeRequirements(vacancy, skill("Java"), "hr1");
            assertThat(versions.find(vacancy, 1)).contains(java);
            status.setRollbackOnly();
        });
        assertThat(versions.find(vacancy, 1)).isEmpty();

        VacancyRequirements kotlin = vacancies.changeRequirements(vacancy, skill("Kotlin"), "hr1");

        assertThat(kotlin.version()).isEqualTo(1);
        assertThat(versions.find(vacancy, 1)).contains(kotlin);
    }

    private UUID draftVacancy() {
        return vacancies.createDraft("Developer", "Builds things", null, null).getId();
    }

    private static RequirementsDraft skill(String label) {
        return new RequirementsDraft(null, List.of(new RequirementDraft(null, RequirementKind.SKILL, label, List.of(),
                null, null, true, 5)), List.of());
    }
}
