package nl.werving.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.werving.notification.mail.MailComposer;
import nl.werving.notification.mail.MailWorker;
import nl.werving.notification.mail.OutboxStore;
import nl.werving.notification.mail.SmtpMailTransport;
import nl.werving.support.HttpTestClient;
import nl.werving.support.Markers;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestSmtp;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Privacy in operations: an applicant whose name, e-mail address, phone number, CV (and its file name) carry unique
 * marker strings applies; the database refuses the screening's rows twice (a check constraint, whose error detail
 * would quote the refused row, then a trigger that quotes the CV passage in its message), which fails the screening
 * job until it becomes an incident; the candidate's mail server refuses the confirmation with a reply that quotes the
 * address, until the mail has failed for good and becomes a follow-up process. Afterwards the operator's view holds
 * what they need (error class, SQL state, SMTP code, ids) and no marker: incidents (runtime and history), the jobs'
 * exception messages and stack traces, the job log, the outbox's failure text, every meter's name, tag key and tag
 * value, and the log written meanwhile. The operator fixes the cause and retries; the application goes on. Last,
 * the database refuses a second applicant with a message that quotes the row: the API answers 500, and the stack
 * trace in the log names classes and the SQL state, not the row.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInOperationsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String CONSTRAINT = "ops_privacy_refuses_evidence";
    private static final String TRIGGER = "ops_privacy_quotes_evidence";

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    MailComposer composer;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void incidentsFailedJobsMailFailuresMetricsAndLogsCarryNoPersonalData(CapturedOutput output) throws Exception {
        Markers marked = Markers.random();
        String name = marked.name();
        String text = marked.text();
        String digits = marked.digits();
        String[] markers = marked.all();
        String email = name + "@example.org";
        HttpTestClient http = new HttpTestClient(port);

        String reference;
        String instanceId;
        String jobId;
        String firstFailure;
        List<String> incidents;
        try {
            jdbc.execute("alter table screening_requirement_result add constraint " + CONSTRAINT
                    + " check (evidence is null) not valid");
            reference = apply(http, "Mara " + Character.toUpperCase(name.charAt(0)) + name.substring(1), email,
                    "+31" + digits, text);
            instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                    .processDefinitionKey("HiringProcess").singleResult().getId();
            Job failed = awaitFailedScreening(instanceId);
            jobId = failed.getId();
            firstFailure = failed.getExceptionMessage();

            // Someone swaps the constraint for a trigger that quotes what it refuses; the retries run out.
            jdbc.execute("alter table screening_requirement_result drop constraint " + CONSTRAINT);
            jdbc.execute("create or replace function " + TRIGGER + "() returns trigger language plpgsql as $$"
                    + " begin raise exception 'Evidence refused: %', new.evidence; end $$");
            jdbc.execute("create trigger " + TRIGGER + " before insert on screening_requirement_result"
                    + " for each row execute function " + TRIGGER + "()");
            managementService.setJobRetries(jobId, 1);
            assertThatThrownBy(() -> managementService.executeJob(jobId))
                    .satisfies(thrown -> assertThat(lower(thrown.toString())).doesNotContain(markers));
            incidents = jdbc.queryForList("select incident_msg_ from act_ru_incident where job_def_id_ in"
                    + " (select job_def_id_ from act_ru_job where id_ = ?)", String.class, jobId);
        } finally {
            jdbc.execute("alter table screening_requirement_result drop constraint if exists " + CONSTRAINT);
            jdbc.execute("drop trigger if exists " + TRIGGER + " on screening_requirement_result");
            jdbc.execute("drop function if exists " + TRIGGER + "()");
        }
        List<String> stored = operationalRecords();
        assertThat(stored).as("incident, job and job log records of the screening").hasSizeGreaterThan(3)
                .anySatisfy(record -> assertThat(record).contains("PSQLException [SQL state 23514", "\tat nl.werving."));
        assertThat(markersIn(stored, markers)).as("operational records holding a marker").isEmpty();
        assertThat(firstFailure).as("the operator sees the classes and the SQL state").contains("SQL state 23514");
        assertThat(incidents).as("an incident for the screening").singleElement()
                .satisfies(message -> assertThat(message).contains("SQL state P0001"));

        // The operator fixes the cause and retries: the application is screened and goes on.
        managementService.setJobRetries(jobId, 1);
        managementService.executeJob(jobId);
        assertThat(managementService.createJobQuery().jobId(jobId).count()).as("the screening job is done").isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from screening_result s join application a"
                + " on a.id = s.application_id where a.reference = ?", Integer.class, reference)).isOne();

        // The candidate's mail server refuses the address until the mail has failed for good.
        try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
            MailWorker.Settings settings = new MailWorker.Settings(50, 2, Duration.ofMinutes(1));
            SmtpMailTransport transport = new SmtpMailTransport(TestSmtp.sender(refusing.port()),
                    "noreply@werving.invalid");
            sendEverythingDue(new MailWorker(new OutboxStore(dataSource), composer, transport, events,
                    Clock.systemUTC(), settings));
            assertThat(lastFailure(reference)).contains("SMTP 550 5.1.1");
            sendEverythingDue(new MailWorker(new OutboxStore(dataSource), composer, transport, events,
                    Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)), settings));
            assertThat(refusing.refusals()).as("both attempts reached the server").isGreaterThanOrEqualTo(2);
        }
        assertThat(jdbc.queryForList("select m.status from outbound_message m join application a"
                + " on a.id = m.application_id where a.reference = ?", String.class, reference)).contains("FAILED");
        assertThat(lastFailure(reference)).contains("SMTP 550 5.1.1");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("MailDeliveryFollowUp")
                .processInstanceBusinessKey(reference).count()).as("each failure became a follow-up").isPositive();
        assertThat(markersIn(jdbc.queryForList("select m.last_failure from outbound_message m join application a"
                + " on a.id = m.application_id where a.reference = ?", String.class, reference), markers)).isEmpty();

        // The database refuses the next applicant with a message that quotes the row: an unexpected API failure.
        String otherName = "Mara " + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Second";
        try {
            jdbc.execute("create or replace function " + TRIGGER + "() returns trigger language plpgsql as $$"
                    + " begin raise exception 'Applicant refused: %', new; end $$");
            jdbc.execute("create trigger " + TRIGGER + " before insert on applicant"
                    + " for each row execute function " + TRIGGER + "()");
            HttpResponse<String> refused = submit(http, otherName, "second." + email, "+31" + digits, text);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(500);
            assertThat(lower(refused.body())).doesNotContain(markers);
        } finally {
            jdbc.execute("drop trigger if exists " + TRIGGER + " on applicant");
            jdbc.execute("drop function if exists " + TRIGGER + "()");
        }
        assertThat(output.getAll()).as("the API failure was logged with its stack trace")
                .contains("Unexpected failure while serving an API request", "SQL state P0001", "\tat ");

        assertThat(markersIn(operationalRecords(), markers)).as("operational records holding a marker").isEmpty();
        assertMetricsCarryNoPersonalData(http, reference, markers);
        String applicationId = jdbc.queryForObject("select id::text from application where reference = ?",
                String.class, reference);
        assertThat(output.getAll()).as("the log was captured").contains(applicationId);
        assertThat(markersIn(output.getAll().lines().toList(), markers)).as("log lines holding a marker").isEmpty();
    }

    /**
     * Every meter's name, tag keys and tag values: no marker, no application reference and no UUID (tags are
     * bounded: templates, statuses and classes, never values per person or application). Metrics are not exposed
     * over HTTP, to anyone.
     */
    private void assertMetricsCarryNoPersonalData(HttpTestClient http, String reference, String[] markers) {
        List<String> texts = new ArrayList<>();
        for (Meter meter : meters.getMeters()) {
            texts.add(meter.getId().getName());
            for (Tag tag : meter.getId().getTags()) {
                texts.add(tag.getKey() + "=" + tag.getValue());
            }
        }
        assertThat(texts).as("meters were recorded, HTTP requests among them")
                .anySatisfy(text -> assertThat(text).startsWith("http.server.requests"))
                .as("no timer per repository call, which nothing would read")
                .noneSatisfy(text -> assertThat(text).startsWith("spring.data.repository"));
        assertThat(markersIn(texts, markers)).as("meter names and tags holding a marker").isEmpty();
        assertThat(texts).as("meter names and tags naming an application")
                .noneSatisfy(text -> assertThat(text).contains(reference))
                .noneSatisfy(text -> assertThat(text).containsPattern(UUID_PATTERN));
        HttpTestClient admin = http.as("admin", TestUsers.ADMIN_PASSWORD);
        for (String path : List.of("/actuator/metrics", "/actuator/prometheus",
                "/actuator/metrics/http.server.requests")) {
            for (HttpResponse<String> response : List.of(http.get(path), admin.get(path))) {
                assertThat(response.statusCode()).as(path).isNotEqualTo(200);
                assertThat(response.body()).as(path).doesNotContain("\"names\"", "\"measurements\"", "jvm_memory");
            }
        }
    }

    /**
     * What the engine keeps about failures, for every instance: incident messages (runtime and history), jobs'
     * exception messages, the job log's, external tasks' error messages, and the stack traces and error details
     * those point to (byte arrays read as UTF-8).
     */
    private List<String> operationalRecords() {
        List<String> records = new ArrayList<>();
        records.addAll(strings("select incident_msg_ from act_ru_incident where incident_msg_ is not null"));
        records.addAll(strings("select incident_msg_ from act_hi_incident where incident_msg_ is not null"));
        records.addAll(strings("select exception_msg_ from act_ru_job where exception_msg_ is not null"));
        records.addAll(strings("select job_exception_msg_ from act_hi_job_log where job_exception_msg_ is not null"));
        records.addAll(strings("select error_msg_ from act_ru_ext_task where error_msg_ is not null"));
        records.addAll(strings("select error_msg_ from act_hi_ext_task_log where error_msg_ is not null"));
        jdbc.query("select bytes_ from act_ge_bytearray where id_ in (select exception_stack_id_ from act_ru_job)"
                + " or id_ in (select job_exception_stack_id_ from act_hi_job_log)"
                + " or id_ in (select error_details_id_ from act_ru_ext_task)"
                + " or id_ in (select error_details_id_ from act_hi_ext_task_log)", (ResultSet row) -> {
                    records.add(new String(row.getBytes(1), StandardCharsets.UTF_8));
                });
        return records;
    }

    private List<String> strings(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    private static List<String> markersIn(List<String> texts, String[] markers) {
        List<String> hits = new ArrayList<>();
        for (String text : texts) {
            for (String marker : markers) {
                if (lower(text).contains(marker)) {
                    hits.add(marker + " in: " + text.substring(0, Math.min(text.length(), 300)));
                }
            }
        }
        return hits;
    }

    /** Batch after batch: other tests' messages may be due too. */
    private static void sendEverythingDue(MailWorker worker) {
        while (worker.sendDue() > 0) {
            // next batch
        }
    }

    private String lastFailure(String reference) {
        return String.join(" | ", jdbc.queryForList("select m.last_failure from outbound_message m join application a"
                + " on a.id = m.application_id where a.reference = ? and m.last_failure is not null", String.class,
                reference));
    }

    /** The screening job of the instance once it has failed at least once (the job executor runs it). */
    private Job awaitFailedScreening(String instanceId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Job job = managementService.createJobQuery().processInstanceId(instanceId)
                    .activityId("Task_ScreenApplication").singleResult();
            if (job != null && job.getExceptionMessage() != null) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The screening job did not fail");
    }

    /** Applies through the public API with a CV whose text and file name carry the markers. */
    private String apply(HttpTestClient http, String fullName, String email, String phone, String text)
            throws Exception {
        HttpResponse<String> response = submit(http, fullName, email, phone, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("reference").asText();
    }

    private HttpResponse<String> submit(HttpTestClient http, String fullName, String email, String phone, String text)
            throws Exception {
        UUID vacancyId = vacancies.createDraft("Operations vacancy " + UUID.randomUUID(), "Java backend work", null,
                null).getId();
        vacancies.changeRequirements(vacancyId, new RequirementsDraft(null, List.of(
                new RequirementDraft(null, RequirementKind.SKILL, "Java", List.of("Java SE"), null, null, true, 5)),
                List.of()), "hr");
        vacancies.setSalaryBand(vacancyId, new BigDecimal("3500"), new BigDecimal("4500"));
        vacancies.open(vacancyId);
        String cv = """
                %s
                %s | %s

                Experience
                2019 - 2025 Backend developer: built Java services for the %s payments platform

                Skills
                Java, Java SE, SQL, %s tooling
                """.formatted(fullName, email, phone, text, text);
        return http.postMultipart("/api/applications",
                new HttpTestClient.Part("application", null, "application/json", """
                        {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                         "fullName":"%s","email":"%s","phone":"%s","language":"nl"}"""
                        .formatted(vacancyId, fullName, email, phone).getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part("cv", fullName.replace(' ', '_') + "_CV.txt", "text/plain",
                        cv.getBytes(StandardCharsets.UTF_8)));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
