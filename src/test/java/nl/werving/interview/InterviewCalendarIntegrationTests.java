package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.werving.application.ApplicationSubmission;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar identity of an interview round in PostgreSQL. The candidate's choice is written straight to the
 * table: {@link InterviewPlanning#chooseSlot} announces it to the hiring process, which only accepts it once the
 * process waits for it.
 */
@PostgresIntegrationTest
class InterviewCalendarIntegrationTests {

    private static final OffsetDateTime NEXT_WEEK = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7)
            .truncatedTo(ChronoUnit.HOURS);
    private static final List<Interviewer> INTERVIEWERS = List.of(
            new Interviewer("manager", "manager@example.com", "Mia Manager"),
            new Interviewer("teamlead", "teamlead@example.com", "Tim Lead"));

    @Autowired
    InterviewPlanning planning;
    @Autowired
    InterviewCalendar calendar;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private UUID applicationId;

    @BeforeEach
    void setUp() {
        applicationId = TestApplications.submit(submission, vacancies).getId();
        planning.propose(applicationId, 1, List.of(NEXT_WEEK, NEXT_WEEK.plusDays(1)), 60,
                List.of("manager", "teamlead"), "Room 4.12, Keizersgracht 123");
        jdbc.update("update interview_plan set chosen_slot_index = 2, chosen_at = current_timestamp "
                + "where application_id = ? and round = 1", applicationId);
    }

    @Test
    void theRoundKeepsOneStoredUidAndItsSequenceAcrossCalls() throws Exception {
        Map<String, Object> stored = storedCalendar();
        assertThat((String) stored.get("calendar_uid")).endsWith("@werving");
        assertThat(stored.get("calendar_sequence")).isEqualTo(0);

        List<CalendarInvite> first = calendar.invitation(applicationId, 1, INTERVIEWERS);
        List<CalendarInvite> again = calendar.invitation(applicationId, 1, INTERVIEWERS);

        assertThat(first).hasSize(3);
        for (CalendarInvite invite : List.of(first.get(0), first.get(2), again.get(1))) {
            VEvent event = event(invite);
            assertThat(value(event, "UID")).isEqualTo(stored.get("calendar_uid"));
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
            assertThat(value(event, "LOCATION")).isEqualTo("Room 4.12, Keizersgracht 123");
        }
        assertThat(java.time.Instant.from(((net.fortuna.ical4j.model.property.DtStart<?>) event(first.get(0))
                .getProperty("DTSTART").orElseThrow()).getDate())).isEqualTo(NEXT_WEEK.plusDays(1).toInstant());
        assertThat(storedCalendar()).isEqualTo(stored);
    }

    @Test
    void anUpdateAndACancellationRaiseTheStoredSequence() throws Exception {
        String uid = (String) storedCalendar().get("calendar_uid");

        calendar.update(applicationId, 1, INTERVIEWERS);
        assertThat(storedCalendar()).containsEntry("calendar_uid", uid).containsEntry("calendar_sequence", 1);
        assertThat(value(event(calendar.invitation(applicationId, 1, INTERVIEWERS).get(0)), "SEQUENCE")).isEqualTo("1");

        List<CalendarInvite> cancellations = calendar.cancellation(applicationId, 1, INTERVIEWERS);

        assertThat(storedCalendar()).containsEntry("calendar_uid", uid).containsEntry("calendar_sequence", 2);
        VEvent cancelled = event(cancellations.get(1));
        assertThat(value(cancelled, "UID")).isEqualTo(uid);
        assertThat(value(cancelled, "SEQUENCE")).isEqualTo("2");
        assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void aCancelledRoundIsSentAsACancellationAtOneNewRevisionOnly() throws Exception {
        String uid = (String) storedCalendar().get("calendar_uid");

        assertThat(planning.cancelUpcoming(applicationId)).contains(1);
        assertThat(planning.cancelUpcoming(applicationId)).as("cancelled already").isEmpty();

        assertThat(storedCalendar()).containsEntry("calendar_uid", uid).containsEntry("calendar_sequence", 1);
        assertThat(planning.newestScheduled(applicationId)).hasValueSatisfying(round -> assertThat(round.cancelled())
                .isTrue());
        for (CalendarInvite invite : calendar.invitation(applicationId, 1, INTERVIEWERS)) {
            assertThat(invite.contentType()).contains("method=CANCEL");
            assertThat(invite.ics()).contains("METHOD:CANCEL");
            VEvent cancelled = event(invite);
            assertThat(value(cancelled, "UID")).isEqualTo(uid);
            assertThat(value(cancelled, "SEQUENCE")).isEqualTo("1");
            assertThat(value(cancelled, "STATUS")).isEqualTo("CANCELLED");
        }
    }

    @Test
    void aRoundThatHasBegunIsNotCancelled() {
        jdbc.update("update interview_slot set starts_at = ? where plan_id = (select id from interview_plan "
                + "where application_id = ? and round = 1)", java.sql.Timestamp.from(java.time.Instant.now()
                .minusSeconds(600)), applicationId);

        assertThat(planning.cancelUpcoming(applicationId)).isEmpty();
        assertThat(storedCalendar()).containsEntry("calendar_sequence", 0);
    }

    @Test
    void aMovedInterviewKeepsItsUidAndIsAnnouncedAsRevisionOneAtTheNewTime() throws Exception {
        String uid = (String) storedCalendar().get("calendar_uid");
        assertThat(planning.announceSchedule(applicationId, 1)).as("the first schedule is an invitation").isFalse();
        assertThatThrownBy(() -> planning.propose(applicationId, 1, List.of(NEXT_WEEK.plusDays(3)), 45,
                List.of("manager"), "Room 2.01")).as("nobody asked to move it").isInstanceOf(InterviewPlanningException.class);

        // As InterviewPlanning.requestReschedule records it; its event needs a hiring process waiting for it.
        jdbc.update("update interview_plan set reschedule_requested_at = current_timestamp "
                + "where application_id = ? and round = 1", applicationId);
        OffsetDateTime moved = NEXT_WEEK.plusDays(3).withHour(14);
        planning.propose(applicationId, 1, List.of(moved), 45, List.of("manager"), "Room 2.01");

        assertThat(jdbc.queryForMap("select calendar_uid, calendar_sequence, chosen_slot_index, "
                + "reschedule_requested_at, calendar_update_due from interview_plan where application_id = ? and round = 1",
                applicationId)).containsEntry("calendar_uid", uid).containsEntry("calendar_sequence", 0)
                .containsEntry("chosen_slot_index", null).containsEntry("reschedule_requested_at", null)
                .containsEntry("calendar_update_due", true);
        assertThat(planning.newestScheduled(applicationId)).isEmpty();
        jdbc.update("update interview_plan set chosen_slot_index = 1, chosen_at = current_timestamp "
                + "where application_id = ? and round = 1", applicationId);

        assertThat(planning.announceSchedule(applicationId, 1)).as("a moved interview is an update").isTrue();
        assertThat(planning.announceSchedule(applicationId, 1)).as("announced once").isFalse();
        assertThat(planning.newestScheduled(applicationId)).map(ScheduledInterview::round).hasValue(1);
        List<CalendarInvite> updates = calendar.invitation(applicationId, 1, INTERVIEWERS.subList(0, 1));
        assertThat(updates).hasSize(2);
        for (CalendarInvite update : updates) {
            assertThat(update.contentType()).contains("method=REQUEST");
            VEvent event = event(update);
            assertThat(value(event, "UID")).isEqualTo(uid);
            assertThat(value(event, "SEQUENCE")).isEqualTo("1");
            assertThat(value(event, "LOCATION")).isEqualTo("Room 2.01");
            net.fortuna.ical4j.model.property.DtStart<?> start =
                    (net.fortuna.ical4j.model.property.DtStart<?>) event.getProperty("DTSTART").orElseThrow();
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
            assertThat(java.time.Instant.from(start.getDate())).isEqualTo(moved.toInstant());
        }
    }

    @Test
    void everyRoundHasItsOwnUid() {
        planning.propose(applicationId, 2, List.of(NEXT_WEEK.plusDays(3)), 90, List.of("teamlead"), null);

        assertThat(jdbc.queryForList("select calendar_uid from interview_plan where application_id = ?", String.class,
                applicationId)).hasSize(2).doesNotHaveDuplicates();
    }

    private Map<String, Object> storedCalendar() {
        return jdbc.queryForMap("select calendar_uid, calendar_sequence from interview_plan "
                + "where application_id = ? and round = 1", applicationId);
    }

    private static VEvent event(CalendarInvite invite) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(invite.ics()));
        return parsed.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }
}
