package nl.werving.application;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@value #NAME}: the idempotency keys of the application's submission. A key's fingerprint is a
 * hash of the request, which held the applicant's details, so it goes with them.
 */
@Component
class IdempotencyKeyStore implements PersonalDataStore {

    static final String NAME = "idempotency-keys";

    private final JdbcTemplate jdbc;

    IdempotencyKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int erase(ErasedApplication erased) {
        return jdbc.update("delete from application_idempotency_key where application_id = ?",
                erased.applicationId());
    }
}
