package nl.werving.decision;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code decision_reasons}: empties the free-text reasons people wrote about the candidate. The
 * decision log stays, pseudonymous: stage, round, recommendation shown, decision, reviewer's user id, time, override.
 */
@Component
class DecisionReasonStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    DecisionReasonStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "decision_reasons";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update human_decision set reason = null where application_id = ? and reason is not null",
                application.applicationId());
    }
}
