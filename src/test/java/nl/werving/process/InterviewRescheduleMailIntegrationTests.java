package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A scheduled interview is moved, with a real SMTP server (GreenMail) receiving what the outbox sends: the
 * candidate asks for another time through the link in their invitation, the recruiter proposes a new slot, the
 * candidate chooses it, and the candidate and the interviewer receive an update of the same calendar event (same
 * UID, SEQUENCE 1, the new start). A recruiter can move it again through the API.
 */
@PostgresIntegrationTest
class InterviewRescheduleMailIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANDIDATE = "kandidaat.verplaatst@example.org";
    private static final String INTERVIEWER = "interviewer.reschedule@example.org";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SLOT_LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+\\?lang=nl)");
    private static final Pattern RESCHEDULE_LINK = Pattern.compile(
            "ander moment:\\s+https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+\\?lang=nl)");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;

    private int smtpPort;
    private GreenMail smtp;
    private MailWorker worker;
    private HttpTestClient http;
    private HttpTestClient recruiter;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        smtpPort = TestSmtp.freePort();
        startSmtp();
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid"), event -> { }, Clock.systemUTC(),
                new MailWorker.Settings(50, 6, Duration.ofSeconds(30)));
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "moverecruiter", WervingGroups.RECRUITERS);
        TestUsers.memberWithEmail(identityService, "moveinterviewer", WervingGroups.HIRING_MANAGERS, INTERVIEWER,
                "Iris", "Interviewer");
        recruiter = http.as("moverecruiter", TestUsers.PASSWORD);
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aMovedInterviewReachesCandidateAndInterviewerAsAnUpdateOfTheSameCalendarEvent() throws Exception {
        String reference = apply();
        String reschedule = "/api/applications/" + reference + "/interview/reschedule";
        TasklistRest.complete(recruiter, "moverecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        assertThat(TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":82,\"completed\":true,\"providerResultId\":\"move-1\"}").statusCode()).isEqualTo(202);
        assertThat(recruiter.post(reschedule, "application/json", "").statusCode())
                .as("nothing is scheduled yet").isEqualTo(409);
        OffsetDateTime first = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
        proposeAndChoose(reference, first);
        VEvent invitation = calendarEvent(lastMailTo(CANDIDATE, "Je gesprek over"));
        String uid = value(invitation, Property.UID);
        assertThat(value(invitation, Property.SEQUENCE)).isEqualTo("0");

        // The candidate cannot make it and asks for another time through the link in the invitation.
        Matcher link = RESCHEDULE_LINK.matcher(text(lastMailTo(CANDIDATE, "Je gesprek over")));
        assertThat(link.find()).as("the invitation links to asking for another time").isTrue();
        HttpResponse<String> page = http.get(link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(post(link.group(1), csrf(page), "reschedule").statusCode()).isEqualTo(200);

        // The recruiter proposes a new time in the same round; the candidate chooses it.
        OffsetDateTime moved = first.plusDays(1).withHour(14);
        proposeAndChoose(reference, moved);
        assertThat(subjectsTo(CANDIDATE)).endsWith("Je gesprek over Interview move vacancy is verplaatst");
        assertThat(subjectsTo(INTERVIEWER)).containsExactly(
                "Interview for Interview move vacancy: application " + reference + ", round 1",
                "Interview moved for Interview move vacancy: application " + reference + ", round 1");
        VEvent candidateUpdate = calendarEvent(lastMailTo(CANDIDATE, "Je gesprek over"));
        VEvent interviewerUpdate = calendarEvent(lastMailTo(INTERVIEWER, "Interview moved"));
        for (VEvent update : List.of(candidateUpdate, interviewerUpdate)) {
            assertThat(value(update, Property.UID)).isEqualTo(uid);
            assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
            DtStart<?> start = update.getProperty(Property.DTSTART).<DtStart<?>>map(p -> (DtStart<?>) p).orElseThrow();
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
            assertThat(Instant.from(start.getDate())).isEqualTo(moved.toInstant());
        }
        assertThat(text(lastMailTo(CANDIDATE, "Je gesprek over"))).contains("is verplaatst naar");
        assertThat(runtimeService.getVariable(instanceId(reference), "interviewRound")).isEqualTo(1);

        // A recruiter moves it once more through the API; asking twice is a conflict.
        assertThat(http.post(reschedule, "application/json", "").statusCode()).isEqualTo(401);
        assertThat(recruiter.post(reschedule, "application/json", "").statusCode()).isEqualTo(204);
        assertThat(recruiter.post(reschedule, "application/json", "").statusCode()).isEqualTo(409);
        TasklistRest.awaitTasks(recruiter, reference, "Task_ProposeInterviewSlots");
    }

    private void proposeAndChoose(String reference, OffsetDateTime slot) throws Exception {
        TasklistRest.complete(recruiter, "moverecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "durationMinutes", 45, "interviewers", "moveinterviewer",
                "location", "https://meet.example.org/werving-move"));
        sendEverythingDue();
        Matcher link = SLOT_LINK.matcher(text(lastMailTo(CANDIDATE, "Kies een moment")));
        assertThat(link.find()).isTrue();
        HttpResponse<String> page = http.get(link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(http.post(link.group(1), "application/x-www-form-urlencoded", "_csrf="
                + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8) + "&action=choose-slot&slot=1").statusCode())
                .isEqualTo(200);
        sendEverythingDue();
    }

    private HttpResponse<String> post(String path, String csrf, String action) {
        return http.post(path, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&action=" + action);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }

    private String instanceId(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
    }

    private MimeMessage lastMailTo(String address, String subjectStart) throws Exception {
        MimeMessage last = null;
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)
                    && message.getSubject().startsWith(subjectStart)) {
                last = message;
            }
        }
        if (last == null) {
            throw new AssertionError("No mail to " + address + " starting with " + subjectStart);
        }
        return last;
    }

    private String apply() throws Exception {
        String vacancyId = vacancies.publishIfAbsent("Interview move vacancy", "Moving an interview").getId()
                .toString();
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Verplaats Kandidaat","email":"%s","language":"nl"}"""
                .formatted(vacancyId, CANDIDATE));
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    /** Runs the worker until nothing due is left, collecting what the SMTP server received. */
    private void sendEverythingDue() {
        while (worker.sendDue() > 0) {
            // next batch
        }
        collectReceived();
    }

    private void collectReceived() {
        if (smtp != null) {
            received.addAll(List.of(smtp.getReceivedMessages()));
            smtp.reset();
        }
    }

    private List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)) {
                subjects.add(message.getSubject());
            }
        }
        return subjects;
    }

    private static String text(MimeMessage message) throws Exception {
        return GreenMailUtil.getBody(message).replace("=\r\n", "");
    }

    private static VEvent calendarEvent(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertThat(part.getContentType()).contains("method=REQUEST");
                try (InputStream in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
                    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
                    return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                }
            }
        }
        throw new AssertionError("No calendar attachment");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }
}
