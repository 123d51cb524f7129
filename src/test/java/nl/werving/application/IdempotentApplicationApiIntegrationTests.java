package nl.werving.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.werving.cv.CvFixtures;
import nl.werving.process.HiringProcess;
import nl.werving.support.HttpTestClient;
import nl.werving.support.HttpTestClient.Part;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.vacancy.Vacancies;
import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReason;
import nl.werving.erasure.ErasureReceipt;
import nl.werving.support.TestApplications;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A client that retries an application with its Idempotency-Key never creates a second application. */
@PostgresIntegrationTest
class IdempotentApplicationApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdempotentSubmissions submissions;
    @Autowired
    ApplicationRepository applicationRepository;
    @Autowired
    ManagementService managementService;
    @Autowired
    Erasure erasure;

    private HttpTestClient http;
    private UUID vacancy;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        vacancy = vacancies.publishIfAbsent("Idempotency vacancy", "A vacancy clients retry against").getId();
    }

    @Test
    void aRetryWithTheSameKeyAnswersWithTheFirstApplicationAndCreatesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body("Sam de Vries", "sam.idempotent@example.org");

        HttpResponse<String> first = http.post("/api/applications", "application/json", body, "Idempotency-Key", key);
        long applications = applications();
        HttpResponse<String> retry = http.post("/api/applications", "application/json", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        String reference = reference(first);
        assertThat(reference(retry)).isEqualTo(reference);
        assertThat(applications()).isEqualTo(applications);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).count()).isOne();
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        http.post("/api/applications", "application/json", body("Sam de Vries", "sam.reuse@example.org"),
                "Idempotency-Key", key);
        long applications = applications();

        HttpResponse<String> other = http.post("/api/applications", "application/json",
                body("Someone Else", "someone.else@example.org"), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(other.body()).get("errors").findValuesAsText("field")).contains("Idempotency-Key");
        assertThat(applications()).isEqualTo(applications);
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() throws Exception {
        long applications = applications();

        HttpResponse<String> response = http.post("/api/applications", "application/json",
                body("Sam de Vries", "sam.short-key@example.org"), "Idempotency-Key", "short");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").findValuesAsText("field")).contains("Idempotency-Key");
        assertThat(applications()).isEqualTo(applications);
    }

    @Test
    void aRetryOfAnUploadWithTheSameKeyAndCvIsOneApplication() throws Exception {
        String key = UUID.randomUUID().toString();
        String application = body("Sam de Vries", "sam.upload@example.org");
        byte[] cv = CvFixtures.pdf();

        HttpResponse<String> first = http.postMultipart("/api/applications", List.of("Idempotency-Key", key), Part.json("application", application),
                Part.file("cv", "cv.pdf", cv));
        HttpResponse<String> retry = http.postMultipart("/api/applications", List.of("Idempotency-Key", key), Part.json("application", application),
                Part.file("cv", "cv.pdf", cv));
        HttpResponse<String> otherCv = http.postMultipart("/api/applications", List.of("Idempotency-Key", key),
                Part.json("application", application), Part.file("cv", "cv.docx", CvFixtures.docx()));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(reference(retry)).isEqualTo(reference(first));
        assertThat(otherCv.statusCode()).as("the same key with another CV").isEqualTo(422);
    }

    @Test
    void eightClientsRacingWithOneKeyCreateOneApplication() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body("Sam de Vries", "sam.race@example.org");
        long applications = applications();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<HttpResponse<String>> submit = () -> new HttpTestClient(port).post("/api/applications",
                        "application/json", body, "Idempotency-Key", key);
                answers.add(clients.submit(submit));
            }
            List<String> references = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                references.add(reference(answer.get()));
            }
            assertThat(references).containsOnly(references.get(0));
            assertThat(applications()).isEqualTo(applications + 1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void erasingTheApplicationErasesItsKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String reference = reference(http.post("/api/applications", "application/json",
                body("Sam de Vries", "sam.erased@example.org"), "Idempotency-Key", key));
        Application application = applicationRepository.findByReference(reference)
                .orElseThrow();
        TestApplications.awaitScreening(runtimeService, managementService, application);

        ErasureReceipt receipt = erasure.erase(new ErasedApplication(application.getId(), reference),
                ErasureReason.CANDIDATE_REQUEST);

        assertThat(jdbc.queryForObject("select count(*) from application_idempotency_key where idempotency_key = ?",
                Long.class, key)).isZero();
        assertThat(receipt.stores()).anySatisfy(store -> {
            assertThat(store.store()).isEqualTo(IdempotencyKeyStore.NAME);
            assertThat(store.records()).isOne();
        });
    }

    @Test
    void keysAreForgottenAfterTheirLifetime() {
        String key = UUID.randomUUID().toString();
        http.post("/api/applications", "application/json", body("Sam de Vries", "sam.expiry@example.org"),
                "Idempotency-Key", key);
        jdbc.update("update application_idempotency_key set created_at = created_at - interval '25 hours' "
                + "where idempotency_key = ?", key);

        assertThat(submissions.forgetExpired()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from application_idempotency_key where idempotency_key = ?",
                Long.class, key)).isZero();
    }

    private long applications() {
        return jdbc.queryForObject("select count(*) from application", Long.class);
    }

    private String body(String name, String email) {
        return "{\"vacancyId\":\"" + vacancy + "\",\"privacyNoticeVersion\":\"2026-11\",\"fullName\":\"" + name
                + "\",\"email\":\"" + email + "\"}";
    }

    private static String reference(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("reference").asText();
    }
}
