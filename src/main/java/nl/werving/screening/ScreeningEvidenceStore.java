package nl.werving.screening;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code screening_evidence}: empties the evidence quoted from the CV in every requirement result of
 * the application's screenings. The pseudonymous screening record stays for the AI Act's logs: requirements and
 * decision versions, the per-requirement status and contribution, score, flags, recommendation and timestamps.
 */
@Component
class ScreeningEvidenceStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    ScreeningEvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "screening_evidence";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update screening_requirement_result set evidence = '[]' where evidence <> '[]'"
                + " and result_id in (select id from screening_result where application_id = ?)",
                application.applicationId());
    }
}
