package nl.werving.offer;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code offer_details}: empties what an offer said: salary, start date and terms. Together with the
 * vacancy they describe one person's pay and start, and the hiring decisions that depended on them are logged in
 * {@code human_decision}; what stays is the offer's status and timestamps.
 */
@Component
class OfferDetailsStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    OfferDetailsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "offer_details";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update offer set salary = null, start_date = null, terms = null where application_id = ?"
                + " and (salary is not null or start_date is not null or terms is not null)",
                application.applicationId());
    }
}
