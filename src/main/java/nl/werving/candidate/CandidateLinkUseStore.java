package nl.werving.candidate;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code candidate_link_use}: deletes the record of which candidate links were used and what was chosen.
 * An erased application refuses every link anyway (it is no longer found).
 */
@Component
class CandidateLinkUseStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    CandidateLinkUseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "candidate_link_use";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("delete from candidate_link_use where application_reference = ?", application.reference());
    }
}
