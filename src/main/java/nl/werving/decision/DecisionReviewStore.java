package nl.werving.decision;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code decision_review_statements}: empties the candidate's statement and the reviewer's reason
 * of every review of the application. What stays is pseudonymous: subject, times, outcome and user ids.
 */
@Component
class DecisionReviewStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    DecisionReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "decision_review_statements";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update decision_review set statement = null, outcome_reason = null where application_id = ?"
                + " and (statement is not null or outcome_reason is not null)", application.applicationId());
    }
}
