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
import java.time.ZoneOffset;
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
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.notification.MessageType;
import nl.werving.notification.Outbox;
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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An application runs through the pipeline on PostgreSQL while a real SMTP server (GreenMail) receives what the
 * outbox sends: every mail arrives once, in the candidate's language, with working links, and the interview
 * invitations carry calendar files that parse. The SMTP server is stopped in the middle: the mails queued
 * meanwhile are delivered once it is back, none twice.
 */
@PostgresIntegrationTest
class CandidateMailPipelineIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CANDIDATE = "kandidaat.mail@example.org";
    private static final String INTERVIEWER = "interviewer.mailpipeline@example.org";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CANDIDATE_LINK = Pattern.compile("https?://[^/\\s]+(/c/[A-Za-z0-9_.-]+\\?lang=nl)");

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    Applications applications;
    @Autowired
    Outbox outbox;
    @Autowired
    Consents consents;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    private final MovableClock clock = new MovableClock();
    private int smtpPort;
    private GreenMail smtp;
    private MailWorker worker;
    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient interviewer;
    private final List<MimeMessage> received = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        smtpPort = TestSmtp.freePort();
        startSmtp();
        worker = new MailWorker(new OutboxStore(dataSource), composer,
                new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid"), event -> { }, clock,
                new MailWorker.Settings(50, 6, Duration.ofSeconds(30)));
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "mailrecruiter", WervingGroups.RECRUITERS);
        TestUsers.memberWithEmail(identityService, "mailinterviewer", WervingGroups.HIRING_MANAGERS, INTERVIEWER,
                "Ina", "Interviewer");
        recruiter = http.as("mailrecruiter", TestUsers.PASSWORD);
        interviewer = http.as("mailinterviewer", TestUsers.PASSWORD);
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void thePipelineMailsTheCandidateAndInterviewerOnceEachAlsoWhenTheMailServerIsDownForAWhile() throws Exception {
        String reference = apply();
        sendEverythingDue();
        assertThat(subjectsTo(CANDIDATE)).containsExactly(
                "We hebben je sollicitatie voor Mail pipeline vacancy ontvangen");

        // The mail server goes down; the pipeline goes on and queues mails meanwhile.
        stopSmtp();
        TasklistRest.complete(recruiter, "mailrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        sendEverythingDue();
        assertThat(TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":82,\"completed\":true,\"providerResultId\":\"mail-1\"}").statusCode()).isEqualTo(202);
        OffsetDateTime slot = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "mailrecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "durationMinutes", 45, "interviewers", "mailinterviewer",
                "location", "https://meet.example.org/werving-mail"));
        sendEverythingDue();
        assertThat(received).as("nothing arrives while the server is down").hasSize(1);

        // Back up: everything queued arrives after its retry delay, once.
        startSmtp();
        clock.advance(Duration.ofHours(1));
        sendEverythingDue();
        clock.advance(Duration.ofDays(1));
        outbox.toCandidate(applications.findByReference(new ApplicationReference(reference)).orElseThrow().getId(),
                MessageType.APPLICATION_RECEIVED, 1);
        sendEverythingDue();
        assertThat(subjectsTo(CANDIDATE)).containsExactly(
                "We hebben je sollicitatie voor Mail pipeline vacancy ontvangen",
                "Een assessment voor je sollicitatie op Mail pipeline vacancy",
                "Kies een moment voor je gesprek over Mail pipeline vacancy");

        // The candidate picks the slot through the link in the mail; the invitations go out.
        Matcher link = CANDIDATE_LINK.matcher(text(mailTo(CANDIDATE, "Kies een moment")));
        assertThat(link.find()).isTrue();
        HttpResponse<String> page = http.get(link.group(1));
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        assertThat(http.post(link.group(1), "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&action=choose-slot&slot=1")
                .statusCode()).isEqualTo(200);
        sendEverythingDue();
        assertThat(subjectsTo(CANDIDATE)).endsWith("Je gesprek over Mail pipeline vacancy");
        assertThat(subjectsTo(INTERVIEWER)).containsExactly(
                "Interview for Mail pipeline vacancy: application " + reference + ", round 1");

        // Both invitations carry the same event, in Amsterdam time; the interviewer's does not name the candidate.
        VEvent candidateEvent = calendarEvent(mailTo(CANDIDATE, "Je gesprek"));
        VEvent interviewerEvent = calendarEvent(mailTo(INTERVIEWER, "Interview for"));
        assertThat(value(interviewerEvent, Property.UID)).isEqualTo(value(candidateEvent, Property.UID));
        assertThat(value(candidateEvent, Property.SEQUENCE)).isEqualTo("0");
        DtStart<?> start = candidateEvent.getProperty(Property.DTSTART).<DtStart<?>>map(p -> (DtStart<?>) p)
                .orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam");
        assertThat(Instant.from(start.getDate())).isEqualTo(slot.toInstant());
        assertThat(value(candidateEvent, Property.LOCATION)).isEqualTo("https://meet.example.org/werving-mail");
        assertThat(attendees(candidateEvent)).containsExactlyInAnyOrder("mailto:" + CANDIDATE, "mailto:" + INTERVIEWER);
        assertThat(attendees(interviewerEvent)).containsExactly("mailto:" + INTERVIEWER);
        assertThat(interviewerEvent.toString() + text(mailTo(INTERVIEWER, "Interview for")))
                .doesNotContain("Mail Kandidaat").doesNotContain(CANDIDATE);

        // The day before, the candidate is reminded; after the interview the hiring manager rejects, with a reason the candidate is told.
        String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference)
                .singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_DayBeforeInterview").singleResult().getId());
        sendEverythingDue();
        assertThat(text(mailTo(CANDIDATE, "Herinnering: morgen je gesprek")))
                .contains("https://meet.example.org/werving-mail");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId)
                .activityId("Event_InterviewHeld").singleResult().getId());
        TasklistRest.complete(interviewer, "mailinterviewer", reference, "Task_SubmitScorecard", Map.of(
                "ratingSkills", 2, "ratingExperience", 2, "ratingCommunication", 3, "ratingMotivation", 3,
                "evidence", "Could not explain a past project"));
        TasklistRest.complete(interviewer, "mailinterviewer", reference, "Task_DecideHiring", Map.of(
                "hiringDecision", "reject", "rejectionReason", "We zoeken iemand met meer ervaring in procesbouw."));
        sendEverythingDue();

        assertThat(text(mailTo(CANDIDATE, "Je sollicitatie voor")))
                .contains("We zoeken iemand met meer ervaring in procesbouw.");
        assertThat(subjectsTo(CANDIDATE)).hasSize(6);

        // The rejection asks for consent to the talent pool; the candidate gives it through the link.
        act(mailTo(CANDIDATE, "Je sollicitatie voor"), "action=talent-pool");
        assertThat(consents.inForce(applications.findByReference(new ApplicationReference(reference)).orElseThrow()
                .getId(), ConsentPurpose.TALENT_POOL)).hasValueSatisfying(consent -> {
                    assertThat(consent.givenVia()).isEqualTo(ConsentChannel.CANDIDATE_LINK);
                    assertThat(consent.noticeVersion()).isEqualTo(Consents.TALENT_POOL_NOTICE_VERSION);
                });
        assertThat(subjectsTo(INTERVIEWER)).hasSize(1);
    }

    @Test
    void withdrawingThroughTheInvitationsLinkCancelsTheInterviewInEveryonesCalendar() throws Exception {
        String reference = apply();
        TasklistRest.complete(recruiter, "mailrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        assertThat(TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":82,\"completed\":true,\"providerResultId\":\"mail-2\"}").statusCode()).isEqualTo(202);
        OffsetDateTime slot = OffsetDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(5).withHour(14)
                .truncatedTo(ChronoUnit.HOURS);
        TasklistRest.complete(recruiter, "mailrecruiter", reference, "Task_ProposeInterviewSlots", Map.of(
                "slot1Start", slot.toString(), "durationMinutes", 60, "interviewers", "mailinterviewer",
                "location", "Keizersgracht 123, Amsterdam"));
        sendEverythingDue();
        act(mailTo(CANDIDATE, "Kies een moment"), "action=choose-slot&slot=1");
        sendEverythingDue();
        VEvent invited = calendarEvent(mailTo(INTERVIEWER, "Interview for"));

        act(mailTo(CANDIDATE, "Je gesprek over"), "action=withdraw");
        sendEverythingDue();

        VEvent cancelledForInterviewer = calendarEvent(mailTo(INTERVIEWER, "Cancelled: interview for"), "CANCEL");
        VEvent cancelledForCandidate = calendarEvent(mailTo(CANDIDATE, "Je hebt je sollicitatie"), "CANCEL");
        for (VEvent cancelled : List.of(cancelledForInterviewer, cancelledForCandidate)) {
            assertThat(value(cancelled, Property.UID)).isEqualTo(value(invited, Property.UID));
            assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("1");
            assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        }
        assertThat(text(mailTo(CANDIDATE, "Je hebt je sollicitatie"))).contains("gaat niet door");
        assertThat(subjectsTo(INTERVIEWER)).hasSize(2);
    }

    /** Opens the first candidate link in the mail and submits its form with the given fields. */
    private void act(MimeMessage mail, String fields) throws Exception {
        Matcher link = CANDIDATE_LINK.matcher(text(mail));
        List<String> paths = new ArrayList<>();
        while (link.find()) {
            paths.add(link.group(1));
        }
        String action = fields.substring("action=".length(), fields.contains("&") ? fields.indexOf('&') : fields.length());
        for (String path : paths) {
            HttpResponse<String> page = http.get(path);
            Matcher csrf = CSRF.matcher(page.body());
            if (page.statusCode() == 200 && page.body().contains("value=\"" + action + "\"") && csrf.find()) {
                assertThat(http.post(path, "application/x-www-form-urlencoded", "_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&" + fields).statusCode())
                        .isEqualTo(200);
                return;
            }
        }
        throw new AssertionError("No link in the mail offers " + action);
    }

    private String apply() throws Exception {
        String vacancyId = vacancies.publishIfAbsent("Mail pipeline vacancy", "Mails through the pipeline").getId()
                .toString();
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"Mail Kandidaat","email":"%s","language":"nl"}"""
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

    private MimeMessage mailTo(String address, String subjectStart) throws Exception {
        for (MimeMessage message : received) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).equals(address)
                    && message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + address + " starting with " + subjectStart);
    }

    private static String text(MimeMessage message) throws Exception {
        return GreenMailUtil.getBody(message).replace("=\r\n", "");
    }

    private static VEvent calendarEvent(MimeMessage message) throws Exception {
        return calendarEvent(message, "REQUEST");
    }

    private static VEvent calendarEvent(MimeMessage message, String method) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertThat(part.getContentType()).contains("method=" + method);
                try (InputStream in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
                    assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
                    return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                }
            }
        }
        throw new AssertionError("No calendar attachment");
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private static List<String> attendees(VEvent event) {
        return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
    }

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void stopSmtp() {
        collectReceived();
        smtp.stop();
        smtp = null;
    }

    /** The real time, moved forward by the test to let retry delays pass. */
    private static final class MovableClock extends Clock {

        private Duration offset = Duration.ZERO;

        void advance(Duration duration) {
            offset = offset.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
