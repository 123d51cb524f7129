package nl.werving.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An erasure request recorded as a data-subject request reaches the application's data lifecycle, which erases
 * the data (or would refuse under a legal hold) exactly as for a request through the erasure-request API.
 */
@PostgresIntegrationTest
class ErasureRequestedAsDataRequestIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;
    @Autowired
    IdentityService identityService;
    @Autowired
    Erasure erasure;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @Test
    void anErasureDataRequestIsCarriedOutByTheDataLifecycle() throws Exception {
        Application application = TestApplications.submit(submission, vacancies);
        TestApplications.awaitScreening(runtimeService, managementService, application);
        String reference = application.getReference().value();
        TestUsers.member(identityService, "erasuredsrdpo", WervingGroups.DPO);

        HttpResponse<String> recorded = new HttpTestClient(port).as("erasuredsrdpo", TestUsers.PASSWORD)
                .postJson("/api/applications/" + reference + "/data-requests", "{\"type\":\"ERASURE\"}");

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        List<ErasureReceipt> receipts = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (receipts.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            receipts = erasure.receipts(reference);
        }
        assertThat(receipts).extracting(ErasureReceipt::reason).containsExactly(ErasureReason.CANDIDATE_REQUEST);
        assertThat(jdbc.queryForObject("select count(*) from applicant where id = ?", Integer.class,
                application.getApplicantId())).isZero();
        assertThat(jdbc.queryForObject("select status from application where id = ?", String.class,
                application.getId())).as("the running procedure ended as a withdrawal first").isEqualTo("WITHDRAWN");
    }
}
