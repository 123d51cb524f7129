package nl.werving.assessment;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code assessment_provider_link}: empties the invitation link and the provider's result id, which
 * lead to the candidate's data at the provider. The score, completion, status and timestamps stay.
 */
@Component
class AssessmentLinkStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    AssessmentLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "assessment_provider_link";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update assessment set invitation_url = null, provider_result_id = null"
                + " where application_id = ? and (invitation_url is not null or provider_result_id is not null)",
                application.applicationId());
    }
}
