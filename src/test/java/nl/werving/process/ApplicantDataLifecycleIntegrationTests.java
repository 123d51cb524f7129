package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.ApplicationSubmission;
import nl.werving.application.Applications;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReason;
import nl.werving.erasure.ErasureReceipt;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The applicant data lifecycle in the running application on PostgreSQL: started with every application, moved to
 * its retention timer by the end of the procedure, and driven by the legal-hold and erasure-request APIs (with the
 * real {@link Erasure}, which records a receipt for whatever stores are registered).
 */
@PostgresIntegrationTest
class ApplicantDataLifecycleIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Applications applications;
    @Autowired
    Vacancies vacancies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Erasure erasure;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient anonymous;
    private HttpTestClient recruiter;
    private HttpTestClient dpo;
    private Application application;
    private String reference;

    @BeforeEach
    void setUp() {
        anonymous = new HttpTestClient(port);
        recruiter = anonymous.as(TestUsers.member(identityService, "itlcrecruiter", WervingGroups.RECRUITERS),
                TestUsers.PASSWORD);
        dpo = anonymous.as(TestUsers.member(identityService, "itlcdpo", WervingGroups.DPO), TestUsers.PASSWORD);
        application = TestApplications.submit(submission, vacancies);
        reference = application.getReference().value();
        TestApplications.awaitScreening(runtimeService, managementService, application);
    }

    @Test
    void anApplicationStartsItsHiringProcessAndItsDataLifecycle() {
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count()).isOne();
        ProcessInstance lifecycle = lifecycle();
        assertThat(runtimeService.getActiveActivityIds(lifecycle.getId()))
                .containsExactly(ApplicantDataLifecycle.TASK_WAIT_FOR_PROCEDURE_END);
        assertThat(runtimeService.getVariables(lifecycle.getId())).containsOnlyKeys("applicationId");
    }

    @Test
    void aWithdrawalStartsTheFourWeeksAndALegalHoldStopsAndResumesThem() {
        HttpResponse<String> withdrawn = recruiter.post(path("withdrawal"), "application/json", "");
        assertThat(withdrawn.statusCode()).isEqualTo(204);

        ProcessInstance lifecycle = lifecycle();
        Instant endedAt = applications.findById(application.getId()).orElseThrow().getEndedAt().orElseThrow();
        Instant startsAt = ((Date) runtimeService.getVariable(lifecycle.getId(),
                ApplicantDataLifecycle.VAR_RETENTION_STARTS_AT)).toInstant();
        assertThat(startsAt).isCloseTo(endedAt, within(2, ChronoUnit.SECONDS));
        assertThat(timer(lifecycle).getDuedate().toInstant()).isEqualTo(startsAt.plus(Duration.ofDays(28)));
        assertThat(runtimeService.getVariable(lifecycle.getId(), "outcome")).isEqualTo("WITHDRAWN");
        assertThat(runtimeService.getVariable(lifecycle.getId(), "retentionPeriodDecisionVersion")).isNotNull();

        assertThat(recruiter.post(path("legal-hold"), "application/json", "").statusCode()).isEqualTo(403);
        assertThat(dpo.post(path("legal-hold"), "application/json", "").statusCode()).isEqualTo(204);
        assertThat(runtimeService.getActiveActivityIds(lifecycle.getId()))
                .containsExactly(ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
        assertThat(managementService.createJobQuery().processInstanceId(lifecycle.getId()).count()).isZero();
        HttpResponse<String> again = dpo.post(path("legal-hold"), "application/json", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> refused = recruiter.post(path("erasure-request"), "application/json", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("legal hold");
        assertThat(erasure.receipts(reference)).isEmpty();

        Duration remaining = Duration.parse((String) runtimeService.getVariable(lifecycle.getId(),
                ApplicantDataLifecycle.VAR_RETENTION_REMAINING));
        assertThat(remaining).isBetween(Duration.ofDays(28).minusMinutes(5), Duration.ofDays(28));
        Instant releasedAt = Instant.now();
        assertThat(dpo.delete(path("legal-hold")).statusCode()).isEqualTo(204);
        assertThat(timer(lifecycle).getDuedate().toInstant())
                .isBetween(releasedAt.plus(remaining).minusSeconds(1), Instant.now().plus(remaining).plusSeconds(1));
        assertThat(dpo.delete(path("legal-hold")).statusCode()).isEqualTo(409);
    }

    @Test
    void anErasureRequestErasesAtOnceEvenWhileTheProcedureRuns() {
        HttpResponse<String> response = recruiter.post(path("erasure-request"), "application/json", "");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(jdbc.queryForMap("select status, erased_at from application where id = ?", application.getId()))
                .as("withdrawn first, then erased").containsEntry("status", "WITHDRAWN")
                .hasEntrySatisfying("erased_at", erasedAt -> assertThat(erasedAt).isNotNull());
        assertThat(applications.findById(application.getId())).as("erased applications are not found").isEmpty();
        assertThat(erasure.receipts(reference)).extracting(ErasureReceipt::reason)
                .containsExactly(ErasureReason.CANDIDATE_REQUEST);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();
    }

    @Test
    void requestsNeedTheirRoleAndAKnownApplication() {
        String unknown = "/api/applications/" + ApplicationReference.random() + "/";

        assertThat(anonymous.post(path("erasure-request"), "application/json", "").statusCode()).isEqualTo(401);
        HttpTestClient hr = anonymous.as(TestUsers.member(identityService, "itlchr", WervingGroups.HR),
                TestUsers.PASSWORD);
        assertThat(hr.post(path("erasure-request"), "application/json", "").statusCode()).isEqualTo(403);
        assertThat(dpo.post(unknown + "erasure-request", "application/json", "").statusCode()).isEqualTo(404);
        assertThat(dpo.post(unknown + "legal-hold", "application/json", "").statusCode()).isEqualTo(404);
        HttpResponse<String> tooEarly = dpo.post(path("legal-hold"), "application/json", "");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("has not ended");
    }

    private String path(String request) {
        return "/api/applications/" + reference + "/" + request;
    }

    private ProcessInstance lifecycle() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult();
    }

    private Job timer(ProcessInstance instance) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }
}
