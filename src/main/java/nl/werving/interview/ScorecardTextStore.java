package nl.werving.interview;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code scorecard_text}: empties the interviewers' free-text evidence on the scorecards; the ratings,
 * interviewers' user ids and times stay.
 */
@Component
class ScorecardTextStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    ScorecardTextStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "scorecard_text";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update scorecard set evidence = null where application_id = ? and evidence is not null",
                application.applicationId());
    }
}
