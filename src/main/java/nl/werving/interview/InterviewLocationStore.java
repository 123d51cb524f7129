package nl.werving.interview;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.PersonalDataStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erasure's store {@code interview_location}: empties the free-text location of the application's interview rounds
 * (an address or meeting link can identify the candidate). Slots, interviewers' user ids, the calendar UID and
 * timestamps stay.
 */
@Component
class InterviewLocationStore implements PersonalDataStore {

    private final JdbcTemplate jdbc;

    InterviewLocationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "interview_location";
    }

    @Override
    public int erase(ErasedApplication application) {
        return jdbc.update("update interview_plan set location = null where application_id = ? and location is not null",
                application.applicationId());
    }
}
