package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.Applicants;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.vacancy.Vacancies;
import nl.werving.vacancy.Vacancy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InterviewCalendarTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final ApplicationReference REFERENCE = new ApplicationReference("V6QHHSN8VXXB3P0KW81VJQP3");
    // The Friday before and the Monday after summer time starts (29 March 2026), and the Monday after it ends
    // (25 October 2026).
    private static final OffsetDateTime FRIDAY_BEFORE_SUMMER_TIME = OffsetDateTime.parse("2026-03-27T15:30:00+01:00");
    private static final OffsetDateTime MONDAY_IN_SUMMER_TIME = OffsetDateTime.parse("2026-03-30T09:00:00+02:00");
    private static final OffsetDateTime MONDAY_AFTER_SUMMER_TIME = OffsetDateTime.parse("2026-10-26T09:00:00+01:00");
    private static final List<Interviewer> INTERVIEWERS = List.of(
            new Interviewer("manager", "m.jansen@example.com", "Mia Jansen"),
            new Interviewer("teamlead", "t.bakker@example.com", "Tom Bakker"));

    private final InterviewPlanRepository plans = mock(InterviewPlanRepository.class);
    private final Applications applications = mock(Applications.class);
    private final Applicants applicants = mock(Applicants.class);
    private final Vacancies vacancies = mock(Vacancies.class);
    private final Application application = mock(Application.class);
    private final Applicant applicant = mock(Applicant.class);
    private final UUID applicationId = UUID.randomUUID();
    private final Vacancy vacancy = Vacancy.draft("Java developer", "Builds Werving", NOW);

    @BeforeEach
    void setUp() {
        UUID applicantId = UUID.randomUUID();
        when(application.getId()).thenReturn(applicationId);
        when(application.getReference()).thenReturn(REFERENCE);
        when(application.getApplicantId()).thenReturn(applicantId);
        when(application.getVacancyId()).thenReturn(vacancy.getId());
        when(applications.findById(applicationId)).thenReturn(Optional.of(application));
        when(applicants.findById(applicantId)).thenReturn(Optional.of(applicant));
        when(applicant.getFullName()).thenReturn("Sam de Vries");
        when(applicant.getEmail()).thenReturn("sam.devries@example.org");
        when(applicant.getPreferredLanguage()).thenReturn(Language.EN);
        when(vacancies.findById(vacancy.getId())).thenReturn(Optional.of(vacancy));
    }

    @Test
    void anInvitationIsARequestInAmsterdamTimeAtTheChosenSlot() throws Exception {
        InterviewPlan plan = chosen(2, "Room 4.12", FRIDAY_BEFORE_SUMMER_TIME, MONDAY_IN_SUMMER_TIME);

        List<CalendarInvite> invites = calendar(true).invitation(applicationId, 1, INTERVIEWERS);

        assertThat(invites).extracting(CalendarInvite::recipient).containsExactly(
                new Recipient("sam.devries@example.org", "Sam de Vries", true),
                new Recipient("m.jansen@example.com", "Mia Jansen", false),
                new Recipient("t.bakker@example.com", "Tom Bakker", false));
        CalendarInvite candidate = invites.get(0);
        assertThat(candidate.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(candidate.filename()).isEqualTo("interview.ics");

        Calendar calendar = parse(candidate.ics());
        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        List<net.fortuna.ical4j.model.component.VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone -> assertThat(value(zone, "TZID")).isEqualTo("Europe/Amsterdam"));
        VEvent event = event(calendar);
        assertThat(value(event, "UID")).isEqualTo(plan.calendarUid()).endsWith("@werving");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertStartAndEnd(event, "20260330T090000", Instant.parse("2026-03-30T07:00:00Z"),
                "20260330T100000", Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(value(event, "LOCATION")).isEqualTo("Room 4.12");
        assertThat(event.getProperty("URL")).isEmpty();
        assertThat(value(event, "ORGANIZER")).isEqualTo("mailto:noreply@werving.invalid");
        assertThat(value(event, "SUMMARY")).isEqualTo("Interview: Java developer");
        assertThat(value(event, "DESCRIPTION")).contains("Application reference: " + REFERENCE.value());
        assertThat(attendees(event)).containsExactly(
                "mailto:sam.devries@example.org CN=Sam de Vries ROLE=REQ-PARTICIPANT PARTSTAT=NEEDS-ACTION RSVP=TRUE",
                "mailto:m.jansen@example.com CN=Mia Jansen ROLE=REQ-PARTICIPANT PARTSTAT=NEEDS-ACTION RSVP=TRUE",
                "mailto:t.bakker@example.com CN=Tom Bakker ROLE=REQ-PARTICIPANT PARTSTAT=NEEDS-ACTION RSVP=TRUE");
    }

    @Test
    void aSlotAfterSummerTimeEndsIsInWinterTime() throws Exception {
        chosen(1, null, MONDAY_AFTER_SUMMER_TIME);

        VEvent event = event(parse(calendar(true).invitation(applicationId, 1, INTERVIEWERS).get(0).ics()));

        assertStartAndEnd(event, "20261026T090000", Instant.parse("2026-10-26T08:00:00Z"),
                "20261026T100000", Instant.parse("2026-10-26T09:00:00Z"));
        assertThat(event.getProperty("LOCATION")).isEmpty();
    }

    @Test
    void aSlotBeforeSummerTimeStartsIsInWinterTime() throws Exception {
        chosen(1, null, FRIDAY_BEFORE_SUMMER_TIME);

        VEvent event = event(parse(calendar(true).invitation(applicationId, 1, INTERVIEWERS).get(0).ics()));

        assertStartAndEnd(event, "20260327T153000", Instant.parse("2026-03-27T14:30:00Z"),
                "20260327T163000", Instant.parse("2026-03-27T15:30:00Z"));
    }

    @Test
    void everyRecipientGetsTheSameUidAndSequence() throws Exception {
        InterviewPlan plan = chosen(1, null, MONDAY_IN_SUMMER_TIME);

        for (CalendarInvite invite : calendar(true).invitation(applicationId, 1, INTERVIEWERS)) {
            VEvent event = event(parse(invite.ics()));
            assertThat(value(event, "UID")).isEqualTo(plan.calendarUid());
            assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        }
    }

    @Test
    void interviewersSeeTheCandidateOnlyByReferenceWhenTheOptionIsOn() throws Exception {
        chosen(1, null, MONDAY_IN_SUMMER_TIME);

        List<CalendarInvite> invites = calendar(true).invitation(applicationId, 1, INTERVIEWERS);

        for (CalendarInvite invite : invites.subList(1, invites.size())) {
            String unfolded = invite.ics().replace("\r\n ", "");
            assertThat(unfolded).doesNotContainIgnoringCase("Sam").doesNotContainIgnoringCase("de Vries")
                    .doesNotContainIgnoringCase("sam.devries@example.org").contains(REFERENCE.value());
            assertThat(attendees(event(parse(invite.ics())))).hasSize(2)
                    .noneMatch(attendee -> attendee.contains("example.org"));
        }
        assertThat(invites.get(0).ics().replace("\r\n ", "")).contains("Sam de Vries", "sam.devries@example.org");
    }

    @Test
    void interviewersSeeTheCandidateWhenTheOptionIsOff() throws Exception {
        chosen(1, null, MONDAY_IN_SUMMER_TIME);

        CalendarInvite interviewers = calendar(false).invitation(applicationId, 1, INTERVIEWERS).get(1);

        assertThat(attendees(event(parse(interviewers.ics())))).hasSize(3)
                .anyMatch(attendee -> attendee.startsWith("mailto:sam.devries@example.org CN=Sam de Vries"));
    }

    @Test
    void theSummaryAndDescriptionAreInDutchForADutchCandidate() throws Exception {
        when(applicant.getPreferredLanguage()).thenReturn(Language.NL);
        chosen(1, null, MONDAY_IN_SUMMER_TIME);

        VEvent event = event(parse(calendar(true).invitation(applicationId, 1, INTERVIEWERS).get(0).ics()));

        assertThat(value(event, "SUMMARY")).isEqualTo("Sollicitatiegesprek: Java developer");
        assertThat(value(event, "DESCRIPTION")).contains("Referentie van de sollicitatie: " + REFERENCE.value());
    }

    @Test
    void interviewersCopiesAreWordedInTheStaffLanguage() throws Exception {
        when(applicant.getPreferredLanguage()).thenReturn(Language.NL);
        chosen(1, null, MONDAY_IN_SUMMER_TIME);

        List<CalendarInvite> invites = calendar(true).invitation(applicationId, 1, INTERVIEWERS);

        assertThat(value(event(parse(invites.get(1).ics())), "SUMMARY")).isEqualTo("Interview: Java developer");
        assertThat(value(event(parse(invites.get(1).ics())), "DESCRIPTION"))
                .contains("Application reference: " + REFERENCE.value());
    }

    @Test
    void anUpdateKeepsTheUidAndRaisesTheSequenceOnceForAllRecipients() throws Exception {
        InterviewPlan plan = chosen(1, "Room 4.12", MONDAY_IN_SUMMER_TIME);
        InterviewCalendar calendar = calendar(true);
        String uid = value(event(parse(calendar.invitation(applicationId, 1, INTERVIEWERS).get(0).ics())), "UID");

        List<CalendarInvite> updates = calendar.update(applicationId, 1, INTERVIEWERS);

        assertThat(updates).hasSize(3);
        for (CalendarInvite update : updates) {
            Calendar parsed = parse(update.ics());
            assertThat(update.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
            assertThat(value(parsed, "METHOD")).isEqualTo("REQUEST");
            assertThat(value(event(parsed), "UID")).isEqualTo(uid);
            assertThat(value(event(parsed), "SEQUENCE")).isEqualTo("1");
        }
        assertThat(plan.calendarSequence()).isEqualTo(1);
        assertThat(value(event(parse(calendar.invitation(applicationId, 1, INTERVIEWERS).get(1).ics())), "SEQUENCE"))
                .isEqualTo("1");
    }

    @Test
    void aCancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
        InterviewPlan plan = chosen(1, "Room 4.12", MONDAY_IN_SUMMER_TIME);
        InterviewCalendar calendar = calendar(true);
        calendar.update(applicationId, 1, INTERVIEWERS);

        List<CalendarInvite> cancellations = calendar.cancellation(applicationId, 1, INTERVIEWERS);

        assertThat(cancellations).hasSize(3);
        for (CalendarInvite cancellation : cancellations) {
            assertThat(cancellation.contentType()).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
            assertThat(cancellation.filename()).isEqualTo("interview-cancelled.ics");
            Calendar parsed = parse(cancellation.ics());
            assertThat(value(parsed, "METHOD")).isEqualTo("CANCEL");
            VEvent event = event(parsed);
            assertThat(value(event, "UID")).isEqualTo(plan.calendarUid());
            assertThat(value(event, "SEQUENCE")).isEqualTo("2");
            assertThat(value(event, "STATUS")).isEqualTo("CANCELLED");
            assertThat(value(event, "DESCRIPTION")).startsWith("This interview has been cancelled.");
            assertStartAndEnd(event, "20260330T090000", Instant.parse("2026-03-30T07:00:00Z"),
                    "20260330T100000", Instant.parse("2026-03-30T08:00:00Z"));
        }
    }

    @Test
    void commasAndSemicolonsInTheLocationAreEscapedAndLongLinesFolded() throws Exception {
        String location = "Werving B.V., Keizersgracht 123; 3rd floor, room 4.12; ask for the interview panel "
                + "at the reception desk, please";
        chosen(1, location, MONDAY_IN_SUMMER_TIME);

        List<Interviewer> interviewers = List.of(INTERVIEWERS.get(0),
                new Interviewer("teamlead", "t.bakker@example.com", "Bakker, Tom; team lead"));

        String ics = calendar(true).invitation(applicationId, 1, interviewers).get(0).ics();

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics.replace("\r\n ", "")).contains(
                "LOCATION:Werving B.V.\\, Keizersgracht 123\\; 3rd floor\\, room 4.12\\; ask for the interview panel "
                        + "at the reception desk\\, please\r\n");
        assertThat(value(event(parse(ics)), "LOCATION")).isEqualTo(location);
        assertThat(ics.replace("\r\n ", "")).contains("CN=\"Bakker, Tom; team lead\":mailto:t.bakker@example.com");
        assertThat(attendees(event(parse(ics)))).anyMatch(attendee -> attendee.contains("CN=Bakker, Tom; team lead"));
    }

    @Test
    void anOnlineInterviewAlsoHasItsLinkAsUrlAndConference() throws Exception {
        String link = "https://meet.example.com/werving/abc-defg-hij?pwd=x1;y2";
        chosen(1, link, MONDAY_IN_SUMMER_TIME);

        VEvent event = event(parse(calendar(true).invitation(applicationId, 1, INTERVIEWERS).get(0).ics()));

        assertThat(value(event, "LOCATION")).isEqualTo(link);
        assertThat(value(event, "URL")).isEqualTo(link);
        assertThat(value(event, "CONFERENCE")).isEqualTo(link);
    }

    @Test
    void thereIsNoInvitationBeforeTheCandidateChoseASlot() {
        InterviewPlan plan = InterviewPlan.propose(applicationId, 1,
                InterviewProposal.of(List.of(MONDAY_IN_SUMMER_TIME), 60, List.of("manager", "teamlead"), null, NOW), NOW);
        when(plans.findByApplicationIdAndRound(applicationId, 1)).thenReturn(Optional.of(plan));

        assertThatThrownBy(() -> calendar(true).invitation(applicationId, 1, INTERVIEWERS))
                .isInstanceOf(InterviewPlanningException.class).hasMessageContaining("not chosen a slot");
        assertThatThrownBy(() -> calendar(true).update(applicationId, 1, INTERVIEWERS))
                .isInstanceOf(InterviewPlanningException.class);
        assertThat(plan.calendarSequence()).isZero();
    }

    @Test
    void everyInterviewerOfTheRoundAndNoOtherNeedsAnAddress() {
        chosen(1, null, MONDAY_IN_SUMMER_TIME);
        InterviewCalendar calendar = calendar(true);

        assertThatThrownBy(() -> calendar.invitation(applicationId, 1, INTERVIEWERS.subList(0, 1)))
                .isInstanceOf(InterviewPlanningException.class).hasMessageContaining("teamlead");
        assertThatThrownBy(() -> calendar.invitation(applicationId, 1, List.of(INTERVIEWERS.get(0), INTERVIEWERS.get(1),
                new Interviewer("hr", "hr@example.com", "HR")))).isInstanceOf(InterviewPlanningException.class)
                .hasMessageContaining("hr");
        assertThatThrownBy(() -> calendar.invitation(applicationId, 2, INTERVIEWERS))
                .isInstanceOf(InterviewPlanningException.class);
    }

    private InterviewPlan chosen(int slotIndex, String location, OffsetDateTime... slots) {
        InterviewPlan plan = InterviewPlan.propose(applicationId, 1,
                InterviewProposal.of(List.of(slots), 60, List.of("manager", "teamlead"), location, NOW), NOW);
        plan.choose(slotIndex, NOW);
        when(plans.findByApplicationIdAndRound(applicationId, 1)).thenReturn(Optional.of(plan));
        return plan;
    }

    private InterviewCalendar calendar(boolean hideCandidate) {
        return new InterviewCalendar(plans, applications, applicants, vacancies, Clock.fixed(NOW, ZoneOffset.UTC),
                "noreply@werving.invalid", hideCandidate, "en");
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("No " + name));
    }

    private static void assertStartAndEnd(VEvent event, String localStart, Instant start, String localEnd,
            Instant end) {
        assertDate(event.getProperty("DTSTART").orElseThrow(), localStart, start);
        assertDate(event.getProperty("DTEND").orElseThrow(), localEnd, end);
    }

    private static void assertDate(Property property, String local, Instant instant) {
        assertThat(property.getParameter("TZID")).map(parameter -> ((net.fortuna.ical4j.model.Parameter) parameter)
                .getValue()).contains("Europe/Amsterdam");
        assertThat(property.getValue()).isEqualTo(local);
        Temporal date = ((DateProperty<?>) property).getDate();
        assertThat(Instant.from(date)).isEqualTo(instant);
    }

    /** Each ATTENDEE as "address CN=... ROLE=... PARTSTAT=... RSVP=...". */
    private static List<String> attendees(VEvent event) {
        return event.getProperties("ATTENDEE").stream().map(attendee -> attendee.getValue()
                + Arrays.stream(new String[] {"CN", "ROLE", "PARTSTAT", "RSVP"})
                        .map(name -> attendee.getParameter(name)
                                .map(parameter -> " " + name + "=" + ((net.fortuna.ical4j.model.Parameter) parameter)
                                        .getValue()).orElse(""))
                        .reduce("", String::concat))
                .toList();
    }
}
