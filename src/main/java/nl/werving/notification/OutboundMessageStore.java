package nl.werving.notification;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code outbound_message}: deletes the application's outbox rows, sent or not. They hold ids only
 * (bodies and addresses are never stored), but say which mails the candidate got and when; once the application is
 * erased nothing more may be sent for it, and the log is not needed.
 */
@Component
class OutboundMessageStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    OutboundMessageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "outbound_message";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("delete from outbound_message where application_id = ?", application.applicationId());
    }
}
