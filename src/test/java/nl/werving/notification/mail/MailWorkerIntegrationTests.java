package nl.werving.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.werving.applicant.ApplicantDetails;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.NewApplication;
import nl.werving.notification.MailDeliveryFailed;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestSmtp;
import nl.werving.vacancy.Vacancies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sender against PostgreSQL. The shared context's poller is off; each test drives its own workers with a clock
 * of its own, set decades in the past, and queues its rows due then, so that no other test's rows are due for them.
 */
@PostgresIntegrationTest
class MailWorkerIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailComposer composer;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;

    @Test
    void mailsQueuedWhileTheMailServerIsDownAreEachDeliveredOnceWhenItIsBack() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("1991-03-01T09:00:00Z"));
        List<UUID> ids = queue(5, clock.instant());
        int port = TestSmtp.freePort();
        MailWorker worker = worker(clock, new SmtpMailTransport(TestSmtp.sender(port), "noreply@werving.invalid"),
                new RecordingEvents(), 6);

        assertThat(worker.sendDue()).isEqualTo(5);
        assertThat(statuses(ids)).containsOnly("PENDING");
        assertThat(jdbc.queryForList("select last_failure from outbound_message where id = ?", String.class,
                ids.get(0)).get(0)).startsWith("Attempt 1 failed: ").doesNotContain("@");

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertThat(worker.sendDue()).as("not due before the first delay").isZero();
            clock.advance(Duration.ofSeconds(30));
            assertThat(worker.sendDue()).isEqualTo(5);
            clock.advance(Duration.ofDays(1));
            assertThat(worker.sendDue()).isZero();

            assertThat(statuses(ids)).containsOnly("SENT");
            List<String> recipients = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                recipients.add(message.getAllRecipients()[0].toString());
            }
            assertThat(recipients).containsExactlyInAnyOrderElementsOf(ids.stream().map(id -> id + "@example.org")
                    .toList());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void twoWorkersRacingSendEveryRowExactlyOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("1992-03-01T09:00:00Z"));
        List<UUID> ids = queue(60, clock.instant());
        Map<UUID, AtomicInteger> sends = new ConcurrentHashMap<>();
        MailTransport counting = (row, mail) -> sends.computeIfAbsent(row.id(), id -> new AtomicInteger())
                .incrementAndGet();
        List<MailWorker> workers = List.of(worker(clock, counting, new RecordingEvents(), 6),
                worker(clock, counting, new RecordingEvents(), 6));

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (MailWorker worker : workers) {
            claimed.add(threads.submit(() -> {
                start.await();
                int total = 0;
                for (int poll = 0; poll < 10; poll++) {
                    total += worker.sendDue();
                }
                return total;
            }));
        }
        start.countDown();
        int total = claimed.get(0).get() + claimed.get(1).get();
        threads.shutdown();

        assertThat(total).isEqualTo(60);
        assertThat(sends).hasSize(60);
        assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(statuses(ids)).containsOnly("SENT");
        assertThat(ids).allSatisfy(id -> assertThat(jdbc.queryForObject(
                "select attempts from outbound_message where id = ?", Integer.class, id)).isEqualTo(1));
    }

    @Test
    void afterTheLastAttemptTheRowIsFailedAndTheFailureIsPublishedOnce() {
        MutableClock clock = new MutableClock(Instant.parse("1993-03-01T09:00:00Z"));
        UUID id = queue(1, clock.instant()).get(0);
        RecordingEvents events = new RecordingEvents();
        MailWorker worker = worker(clock, (row, mail) -> {
            throw new org.springframework.mail.MailSendException("refused by someone@example.org");
        }, events, 3);

        assertThat(worker.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(worker.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        assertThat(worker.sendDue()).as("the second delay is twice the first").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofDays(30));
        assertThat(worker.sendDue()).isZero();

        Map<String, Object> row = jdbc.queryForMap("select status, attempts, last_failure from outbound_message"
                + " where id = ?", id);
        assertThat(row.get("status")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_failure")).isEqualTo("Attempt 3 failed: MailSendException");
        UUID application = jdbc.queryForObject("select application_id from outbound_message where id = ?",
                UUID.class, id);
        assertThat(events.published).containsExactly(new MailDeliveryFailed(id, application, MessageType.REJECTION));
    }

    @Test
    void aStaffMessageWithoutKnownAddressesIsSkippedWithAReason() {
        MutableClock clock = new MutableClock(Instant.parse("1994-03-01T09:00:00Z"));
        Application application = TestApplications.submit(submission, vacancies);
        UUID id = UUID.randomUUID();
        jdbc.update("insert into outbound_message (id, application_id, type, round, recipient_kind, recipient,"
                + " status, created_at, next_attempt_at) values (?, ?, 'REVIEW_OVERDUE', 1, 'STAFF', 'nosuchgroup',"
                + " 'PENDING', ?, ?)", id, application.getId(), Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant()));
        List<OutgoingMail> sent = new CopyOnWriteArrayList<>();

        new MailWorker(new OutboxStore(dataSource), composer, (row, mail) -> sent.add(mail), new RecordingEvents(),
                clock, new MailWorker.Settings(20, 6, Duration.ofSeconds(30))).sendDue();

        assertThat(sent).isEmpty();
        assertThat(jdbc.queryForMap("select status, last_failure from outbound_message where id = ?", id))
                .containsEntry("status", "SKIPPED")
                .containsEntry("last_failure", "No e-mail address known for the staff recipient");
    }

    @Test
    void theComposerFillsInTheApplicantsNameLanguageVacancyAndSignedLinks() {
        Application application = TestApplications.submit(submission,
                vacancies.publishIfAbsent(TestApplications.VACANCY_TITLE, "A vacancy for the API tests").getId());
        Application dutch = submission.submit(new NewApplication(application.getVacancyId(),
                new ApplicantDetails("Noor Jansen", "noor@example.org", null, Language.NL),
                TestApplications.PRIVACY_NOTICE_VERSION));

        Composition composition = composer.compose(new OutboxRow(UUID.randomUUID(), dutch.getId(),
                MessageType.APPLICATION_RECEIVED, 1, RecipientKind.CANDIDATE, null, 1));

        OutgoingMail mail = ((Composition.Send) composition).mails().get(0);
        assertThat(mail.to()).containsExactly("noor@example.org");
        assertThat(mail.subject()).isEqualTo("We hebben je sollicitatie voor " + TestApplications.VACANCY_TITLE
                + " ontvangen");
        assertThat(mail.text()).contains("Beste Noor Jansen,", dutch.getReference().value())
                .containsPattern("/c/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\?lang=nl");
    }

    @Test
    void aMessageForAnApplicationThatNoLongerExistsIsSkipped() {
        assertThat(composer.compose(new OutboxRow(UUID.randomUUID(), UUID.randomUUID(), MessageType.OFFER, 1,
                RecipientKind.CANDIDATE, null, 1))).isEqualTo(new Composition.Skip("The application no longer exists"));
    }

    private MailWorker worker(Clock clock, MailTransport transport, RecordingEvents events, int maxAttempts) {
        MailComposer toRowAddress = row -> new Composition.Send(List.of(new OutgoingMail(
                List.of(row.id() + "@example.org"), "Subject " + row.type(), "<p>Hello</p>", "Hello", List.of())));
        return new MailWorker(new OutboxStore(dataSource), toRowAddress, transport, events, clock,
                new MailWorker.Settings(20, maxAttempts, Duration.ofSeconds(30)));
    }

    /** Queues rows due at the given (past) time, the way the outbox does but with that time. */
    private List<UUID> queue(int count, Instant at) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            jdbc.update("insert into outbound_message (id, application_id, type, round, recipient_kind, status,"
                    + " created_at, next_attempt_at) values (?, ?, 'REJECTION', 1, 'CANDIDATE', 'PENDING', ?, ?)",
                    id, UUID.randomUUID(), Timestamp.from(at), Timestamp.from(at));
            ids.add(id);
        }
        return ids;
    }

    private List<String> statuses(List<UUID> ids) {
        return ids.stream().map(id -> jdbc.queryForObject("select status from outbound_message where id = ?",
                String.class, id)).toList();
    }

    static final class RecordingEvents implements org.springframework.context.ApplicationEventPublisher {

        final List<Object> published = new CopyOnWriteArrayList<>();

        @Override
        public void publishEvent(Object event) {
            published.add(event);
        }
    }

    static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
