package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.notification.MailDeliveryFailed;
import nl.werving.notification.MessageType;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailTransport;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;

/**
 * A mail that fails for good becomes a recruiter's task, end to end on PostgreSQL: the real sender, composer and
 * event listener, the task through the REST API as Tasklist uses it, and SMTP through GreenMail. The shared
 * context's poller is off; each test drives its own sender with a fixed clock decades in the past and moves its
 * application's confirmation mail to that time, so that no other test's rows are due for it.
 */
@PostgresIntegrationTest
class MailDeliveryFollowUpIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TASK = MailDeliveryFollowUp.TASK_FOLLOW_UP_UNDELIVERED_MAIL;

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailComposer composer;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;

    private HttpTestClient recruiter;

    @BeforeEach
    void setUp() {
        TestUsers.member(identityService, "mailrecruiter", WervingGroups.RECRUITERS);
        recruiter = new HttpTestClient(port).as("mailrecruiter", TestUsers.PASSWORD);
    }

    @Test
    void aRecruiterSeesTheUndeliveredMailAndSendingItAgainDeliversIt() throws Exception {
        Instant epoch = Instant.parse("1996-03-01T09:00:00Z");
        Application application = TestApplications.submit(submission, vacancies);
        String reference = application.getReference().value();
        UUID messageId = confirmationMail(application, epoch);
        int smtpPort = TestSmtp.freePort();
        SmtpMailTransport smtp = new SmtpMailTransport(TestSmtp.sender(smtpPort), "noreply@werving.invalid");

        assertThat(worker(epoch, smtp).sendDue()).as("the mail server is down").isEqualTo(1);

        assertThat(status(messageId)).isEqualTo("FAILED");
        JsonNode tasks = TasklistRest.awaitTasks(recruiter, reference, TASK);
        assertThat(tasks).hasSize(1);
        JsonNode task = tasks.get(0);
        assertThat(task.get("name").asText()).isEqualTo("Follow up undelivered mail (APPLICATION_RECEIVED)");
        assertThat(task.get("due").isNull()).isFalse();
        JsonNode shown = json(recruiter.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables"));
        assertThat(shown.path("messageType").path("value").asText()).isEqualTo("APPLICATION_RECEIVED");
        assertThat(shown.path("applicationReference").path("value").asText()).isEqualTo(reference);
        assertThat(shown.path("messageId").path("value").asText()).isEqualTo(messageId.toString());
        assertThat(json(recruiter.get("/engine-rest/task/" + task.get("id").asText() + "/deployed-form"))
                .path("id").asText()).isEqualTo("FollowUpUndeliveredMailForm");

        TasklistRest.complete(recruiter, "mailrecruiter", reference, TASK,
                Map.of(MailDeliveryFollowUp.VAR_FOLLOW_UP_DECISION, MailDeliveryFollowUp.SEND_AGAIN));

        assertThat(jdbc.queryForMap("select status, attempts, next_attempt_at <= now() as due from outbound_message"
                + " where id = ?", messageId)).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("due", true);
        assertThat(followUps(messageId)).singleElement()
                .satisfies(followUp -> assertThat(followUp.getEndActivityId())
                        .isEqualTo(MailDeliveryFollowUp.END_EVENT_MAIL_QUEUED_AGAIN));
        GreenMail mailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        try {
            // Queued again due now; moved back to this test's time, as above, so the sender here takes only it.
            moveTo(messageId, epoch);
            assertThat(worker(epoch, smtp).sendDue()).isEqualTo(1);

            assertThat(status(messageId)).isEqualTo("SENT");
            MimeMessage[] received = mailServer.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("applicant@example.org");
            assertThat(GreenMailUtil.getBody(received[0])).contains(reference);
        } finally {
            mailServer.stop();
        }
        assertThat(TasklistRest.tasksNow(recruiter, reference, TASK)).isEmpty();
    }

    @Test
    void whenTheFollowUpCannotBeStartedTheMailStaysPendingAndLaterGetsExactlyOneFollowUp() {
        Instant epoch = Instant.parse("1995-03-01T09:00:00Z");
        Application application = TestApplications.submit(submission, vacancies);
        UUID messageId = confirmationMail(application, epoch);
        MailTransport refusing = (row, mail) -> {
            throw new MailSendException("refused");
        };

        repositoryService.suspendProcessDefinitionByKey(MailDeliveryFollowUp.PROCESS_KEY);
        try {
            assertThat(worker(epoch, refusing).sendDue()).isEqualTo(1);
        } finally {
            repositoryService.activateProcessDefinitionByKey(MailDeliveryFollowUp.PROCESS_KEY);
        }

        assertThat(jdbc.queryForMap("select status, last_failure from outbound_message where id = ?", messageId))
                .containsEntry("status", "PENDING")
                .containsEntry("last_failure",
                        "Attempt 1 failed: MailSendException; follow-up not started: SuspendedEntityInteractionException");
        assertThat(followUps(messageId)).isEmpty();

        assertThat(worker(epoch.plusSeconds(29), refusing).sendDue()).as("not before the first retry delay").isZero();
        assertThat(worker(epoch.plusSeconds(30), refusing).sendDue()).isEqualTo(1);

        assertThat(status(messageId)).isEqualTo("FAILED");
        assertThat(followUps(messageId)).singleElement().satisfies(followUp -> {
            assertThat(followUp.getBusinessKey()).isEqualTo(application.getReference().value());
            assertThat(followUp.getEndTime()).isNull();
        });

        events.publishEvent(new MailDeliveryFailed(messageId, application.getId(), MessageType.APPLICATION_RECEIVED));

        assertThat(followUps(messageId)).as("a repeated announcement opens no second task").hasSize(1);
    }

    /** The confirmation mail the hiring process queued for the application, moved to the test's time. */
    private UUID confirmationMail(Application application, Instant at) {
        UUID messageId = jdbc.queryForObject("select id from outbound_message where application_id = ? and type = ?",
                UUID.class, application.getId(), MessageType.APPLICATION_RECEIVED.name());
        moveTo(messageId, at);
        return messageId;
    }

    private void moveTo(UUID messageId, Instant at) {
        jdbc.update("update outbound_message set created_at = ?, next_attempt_at = ? where id = ?",
                Timestamp.from(at), Timestamp.from(at), messageId);
    }

    private MailWorker worker(Instant now, MailTransport transport) {
        return new MailWorker(new OutboxStore(dataSource), composer, transport, events,
                Clock.fixed(now, ZoneOffset.UTC), new MailWorker.Settings(20, 1, Duration.ofSeconds(30)));
    }

    private List<HistoricProcessInstance> followUps(UUID messageId) {
        return historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryFollowUp.PROCESS_KEY)
                .variableValueEquals(MailDeliveryFollowUp.VAR_MESSAGE_ID, messageId.toString()).list();
    }

    private String status(UUID messageId) {
        return jdbc.queryForObject("select status from outbound_message where id = ?", String.class, messageId);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
