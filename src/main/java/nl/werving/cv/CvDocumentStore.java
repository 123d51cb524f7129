package nl.werving.cv;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code cv_document}: deletes the CV the candidate uploaded (bytes, type, hash, extracted text).
 */
@Component
class CvDocumentStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    CvDocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "cv_document";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("delete from cv_document where application_id = ?", application.applicationId());
    }
}
