package nl.werving.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import nl.werving.reliability.NodeFixtures;
import nl.werving.support.ExtraDatabase;
import nl.werving.support.HttpTestClient;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.support.WervingNode;
import org.junit.jupiter.api.Test;

/**
 * Two Werving nodes, each its own process with the job executor and the mail sender on, share one PostgreSQL
 * database and one SMTP server (GreenMail). 500 applications come in through both nodes; each waits at its first
 * human step (the screening review, or the assessment when screening recommends to advance) with one
 * non-interrupting timer: "Review overdue" (P2D, escalates to the team leads and mails them REVIEW_OVERDUE) or
 * "Reminder due" (P3D, mails the candidate ASSESSMENT_REMINDER). The test moves the due dates of exactly those timer
 * jobs to now in the shared database, so they all fall due at once while mails are pending, in two rounds: in the
 * first both nodes run; in the second node B is killed with SIGKILL while it holds locked jobs, and node A takes
 * them over once their lock (10 s here) has expired. Afterwards every timer fired exactly once, every outbox message
 * was sent exactly once, no job is left locked and there is no incident. The one exception is inherent to SMTP: a
 * message node B was sending when it died may have reached the server before B could mark it sent; node A sends it
 * again after the claim lease (10 s here), so it may arrive twice, both copies with the same Message-ID and
 * X-Werving-Message-Id.
 */
class ClusterIntegrationTests {

    private static final int APPLICATIONS = 500;
    private static final int CLIENTS = 8;
    private static final String REVIEW_OVERDUE = "BoundaryEvent_ScreeningReviewOverdue";
    private static final String REMINDER_DUE = "BoundaryEvent_AssessmentReminder";
    private static final String TIMERS = "('" + REVIEW_OVERDUE + "', '" + REMINDER_DUE + "')";
    /** The condition on act_ru_job for the jobs of these timers. */
    private static final String TIMER_JOBS = "job_def_id_ in (select id_ from act_ru_jobdef where act_id_ in "
            + TIMERS + ")";
    private static final String NODE_A = "cluster-a";
    private static final String NODE_B = "cluster-b";
    private static final String TEAM_LEAD = "clusterlead";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void twoNodesFireEveryTimerAndSendEveryMailOnceAndTakeOverTheJobsOfAKilledNode() throws Exception {
        int smtpPort = TestSmtp.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (ExtraDatabase database = ExtraDatabase.create("cluster");
                WervingNode a = WervingNode.on(NODE_A, database, nodeSettings(NODE_A, smtpPort));
                WervingNode b = WervingNode.on(NODE_B, database, nodeSettings(NODE_B, smtpPort));
                Connection sql = database.connect()) {
            // The first node creates the schema; the second starts once it is there, as in a rolling start.
            a.start();
            b.start();
            UUID vacancy = NodeFixtures.openVacancy(a);
            addTeamLead(a);

            List<String> references = submitThroughBothNodes(List.of(a, b), vacancy);
            assertThat(references).hasSize(APPLICATIONS).doesNotHaveDuplicates();
            await("every application waits at its first human step with one timer", () -> count(sql,
                    "select count(*) from act_ru_job where " + TIMER_JOBS) == APPLICATIONS
                    && count(sql, "select count(*) from act_ru_job where type_ = 'message'") == 0);
            assertThat(count(sql, "select count(distinct process_instance_id_) from act_ru_job where "
                    + TIMER_JOBS)).as("one timer per application").isEqualTo(APPLICATIONS);

            // Round 1: half of the timers due at once, both nodes running.
            int firstRound = count(sql, "update act_ru_job set duedate_ = now() where " + TIMER_JOBS
                    + " and id_ in (select id_ from act_ru_job where " + TIMER_JOBS + " order by id_ limit "
                    + APPLICATIONS / 2 + ")");
            assertThat(firstRound).isEqualTo(APPLICATIONS / 2);
            await("the first round's timers fired", () -> firedTimers(sql) == APPLICATIONS / 2);
            assertThat(NodeFixtures.column(sql, "select distinct hostname_ from act_hi_job_log where act_id_ in "
                    + TIMERS + " and job_state_ = 2"))
                    .as("both nodes fired timers").containsExactlyInAnyOrder(NODE_A, NODE_B);
            assertThat(NodeFixtures.column(sql, "select distinct hostname_ from act_hi_job_log"
                    + " where job_def_type_ = 'async-continuation' and job_state_ = 2"))
                    .as("both nodes screened applications").containsExactlyInAnyOrder(NODE_A, NODE_B);

            // Round 2: the other half due at once; node B dies while it holds locked jobs.
            assertThat(count(sql, "update act_ru_job set duedate_ = now() where " + TIMER_JOBS))
                    .isEqualTo(APPLICATIONS / 2);
            await("node B holds locked timer jobs", () -> count(sql, "select count(*) from act_ru_job where"
                    + " lock_owner_ = '" + NODE_B + "' and " + TIMER_JOBS) > 0);
            b.kill();
            count(sql, "create temporary table orphaned as select id_, lock_exp_time_ from act_ru_job"
                    + " where lock_owner_ = '" + NODE_B + "'");
            count(sql, "create temporary table in_flight as select id from outbound_message"
                    + " where status = 'PENDING' and attempts > 0 and next_attempt_at > now()");
            int orphaned = count(sql, "select count(*) from orphaned");
            assertThat(orphaned).as("the killed node left locked jobs behind").isPositive();
            await("every timer fired", () -> firedTimers(sql) == APPLICATIONS);
            await("no job is left locked", () -> count(sql,
                    "select count(*) from act_ru_job where lock_owner_ is not null") == 0);
            assertThat(count(sql, "select count(*) from act_ru_job where id_ in (select id_ from orphaned)"))
                    .as("the killed node's jobs are done").isZero();
            assertThat(count(sql, "select count(distinct job_id_) from act_hi_job_log where job_id_ in"
                    + " (select id_ from orphaned) and job_state_ = 2 and hostname_ = '" + NODE_A + "'"))
                    .as("node A ran the jobs node B had locked when it died").isEqualTo(orphaned);
            assertThat(count(sql, "select count(*) from act_hi_job_log l join orphaned o on l.job_id_ = o.id_"
                    + " where l.job_state_ = 2 and l.timestamp_ < o.lock_exp_time_"))
                    .as("node A took them only after their lock had expired").isZero();
            System.out.printf("Cluster: %d jobs locked by the killed node were taken over; failed job attempts"
                    + " (retried): %d%n", orphaned, count(sql, "select count(*) from act_hi_job_log"
                            + " where job_state_ = 1"));

            // Every timer fired exactly once, each in its own application.
            assertThat(NodeFixtures.column(sql, "select count(*) from act_hi_actinst where act_id_ in " + TIMERS
                    + " group by proc_inst_id_")).as("one timer event per application").hasSize(APPLICATIONS)
                    .containsOnly("1");
            assertThat(count(sql, "select count(*) from act_hi_job_log where act_id_ in " + TIMERS
                    + " and job_state_ = 2")).as("each timer job succeeded once").isEqualTo(APPLICATIONS);
            assertThat(count(sql, "select count(*) from act_ru_incident")).as("no incident, none from optimistic"
                    + " locking either").isZero();

            // Every mail: one outbox row per application and type, sent once, received once.
            await("every outbox message is sent", () -> count(sql,
                    "select count(*) from outbound_message where status <> 'SENT'") == 0);
            assertThat(count(sql, "select count(*) from outbound_message where type = 'APPLICATION_RECEIVED'"))
                    .isEqualTo(APPLICATIONS);
            assertThat(count(sql, "select count(*) from outbound_message where type in ('REVIEW_OVERDUE',"
                    + " 'ASSESSMENT_REMINDER')")).as("the timers' effect, once per application")
                    .isEqualTo(APPLICATIONS);
            assertThat(NodeFixtures.column(sql, "select count(*) from outbound_message"
                    + " group by application_id, type, round, recipient_kind, recipient")).containsOnly("1");
            Map<String, String> typeOfMessage = new HashMap<>();
            try (Statement statement = sql.createStatement();
                    var rows = statement.executeQuery("select id, type from outbound_message")) {
                while (rows.next()) {
                    typeOfMessage.put(rows.getString(1), rows.getString(2));
                }
            }
            Set<String> inFlight = Set.copyOf(NodeFixtures.column(sql, "select id from in_flight"));
            Map<String, Integer> received = receivedPerMessageAndRecipient(smtp);
            System.out.printf("Cluster: %d mails received for %d outbox messages; %d messages were being sent"
                    + " when node B was killed%n", smtp.getReceivedMessages().length, typeOfMessage.size(),
                    inFlight.size());
            Map<String, Long> messagesReceived = received.keySet().stream()
                    .collect(Collectors.groupingBy(key -> key.substring(0, key.indexOf(' ')), Collectors.counting()));
            assertThat(messagesReceived.keySet()).as("every outbox message reached its recipients")
                    .containsExactlyInAnyOrderElementsOf(typeOfMessage.keySet());
            received.forEach((key, times) -> {
                String message = key.substring(0, key.indexOf(' '));
                if (inFlight.contains(message)) {
                    // Being sent when node B was killed: the SMTP server may have taken it before B could mark it
                    // sent, and after the claim lease node A sends it again. At least once, at most twice, and
                    // the second copy carries the same Message-ID and X-Werving-Message-Id.
                    assertThat(times).as("%s (%s)", key, typeOfMessage.get(message)).isBetween(1, 2);
                } else {
                    assertThat(times).as("%s (%s) exactly once", key, typeOfMessage.get(message)).isEqualTo(1);
                }
            });
            assertThat(Set.copyOf(NodeFixtures.column(sql, "select distinct recipient from outbound_message"
                    + " where type = 'REVIEW_OVERDUE'"))).isSubsetOf(Set.of("team-leads"));
            assertThat(nodeLog(NODE_A)).contains(") sent");
            assertThat(nodeLog(NODE_B)).as("node B sent mails too, before it died").contains(") sent");
        } finally {
            smtp.stop();
        }
    }

    /** Both nodes: job executor on with a short lock time, mail polling on against the test's SMTP server. */
    private static Map<String, String> nodeSettings(String nodeId, int smtpPort) {
        Map<String, String> settings = new HashMap<>();
        settings.put("WERVING_NODE_ID", nodeId);
        settings.put("WERVING_SMTP_HOST", "127.0.0.1");
        settings.put("WERVING_SMTP_PORT", Integer.toString(smtpPort));
        settings.put("WERVING_MAIL_POLLING_ENABLED", "true");
        settings.put("WERVING_MAIL_POLL_INTERVAL", "1s");
        settings.put("WERVING_MAIL_BATCH_SIZE", "50");
        settings.put("WERVING_MAIL_CLAIM_LEASE", "10s");
        settings.put("CAMUNDA_BPM_JOBEXECUTION_ENABLED", "true");
        settings.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", "10000");
        // An idle job executor looks for due jobs at least every 2 s (default: backs off up to 60 s).
        settings.put("CAMUNDA_BPM_JOBEXECUTION_WAITTIMEINMILLIS", "1000");
        settings.put("CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "2000");
        return settings;
    }

    private static void addTeamLead(WervingNode node) throws Exception {
        HttpTestClient admin = new HttpTestClient(node.port()).as("admin", TestUsers.ADMIN_PASSWORD);
        assertThat(admin.postJson("/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Team","lastName":"Lead","email":"clusterlead@example.org"},
                 "credentials":{"password":"%s"}}""".formatted(TEAM_LEAD, TestUsers.PASSWORD)).statusCode())
                .isEqualTo(204);
        assertThat(admin.put("/engine-rest/group/team-leads/members/" + TEAM_LEAD, "application/json", "")
                .statusCode()).isEqualTo(204);
    }

    /** 500 applications by 8 clients, the even ones through node A, the odd ones through node B. */
    private static List<String> submitThroughBothNodes(List<WervingNode> nodes, UUID vacancy) throws Exception {
        Map<Integer, String> created = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                int number = i;
                work.add(clients.submit(() -> {
                    HttpTestClient client = new HttpTestClient(nodes.get(number % 2).port());
                    HttpResponse<String> response = client.postJson("/api/applications",
                            NodeFixtures.application(vacancy, "Cluster Candidate " + number));
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                    created.put(number, NodeFixtures.reference(response));
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(3, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdown();
        }
        return new ArrayList<>(created.values());
    }

    /** How many of the chosen timers have fired: their activity instances in the history. */
    private static int firedTimers(Connection sql) {
        return count(sql, "select count(*) from act_hi_actinst where act_id_ in " + TIMERS);
    }

    /**
     * Received mails per "X-Werving-Message-Id recipient"; copies of the same mail must share their Message-ID, so
     * a mail store can drop the second.
     */
    private static Map<String, Integer> receivedPerMessageAndRecipient(GreenMail smtp) throws Exception {
        Map<String, Integer> received = new HashMap<>();
        Map<String, Set<String>> messageIds = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String[] id = mail.getHeader("X-Werving-Message-Id");
            assertThat(id).as("every Werving mail names its outbox message").isNotNull().hasSize(1);
            for (var recipient : mail.getRecipients(Message.RecipientType.TO)) {
                received.merge(id[0] + " " + recipient, 1, Integer::sum);
                messageIds.computeIfAbsent(id[0] + " " + recipient, key -> new HashSet<>()).add(mail.getMessageID());
            }
        }
        messageIds.forEach((key, ids) -> assertThat(ids).as("Message-ID of %s", key).hasSize(1));
        assertThat(messageIds.values().stream().flatMap(Set::stream).distinct().count())
                .as("every other mail has a Message-ID of its own").isEqualTo(messageIds.size());
        return received;
    }

    private static String nodeLog(String node) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var logs = Files.list(Path.of("target", "nodes"))) {
            for (var log : logs.filter(path -> path.getFileName().toString().startsWith(node + "-")).toList()) {
                all.append(Files.readString(log));
            }
        }
        return all.toString();
    }

    /** A query's single number, or the number of rows a statement changed. */
    private static int count(Connection sql, String query) {
        try (Statement statement = sql.createStatement()) {
            if (query.startsWith("update") || query.startsWith("create")) {
                return statement.executeUpdate(query);
            }
            try (var rows = statement.executeQuery(query)) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(query, e);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(500);
        }
    }
}
