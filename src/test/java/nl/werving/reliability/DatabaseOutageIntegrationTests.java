package nl.werving.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.werving.support.ExtraDatabase;
import nl.werving.support.HttpTestClient;
import nl.werving.support.WervingNode;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under a running Werving (every connection cut, new ones refused) and comes back. While it
 * is away, requests fail cleanly with a 503 and advice when to retry; afterwards Werving serves again without anyone
 * restarting it, and nothing is half-written.
 */
class DatabaseOutageIntegrationTests {

    @Test
    void requestsDuringAnOutageGetA503AndTheServiceRecoversOnItsOwn() throws Exception {
        try (ExtraDatabase database = ExtraDatabase.create("outage");
                WervingNode node = WervingNode.on("outage", database,
                        Map.of("WERVING_MAIL_POLLING_ENABLED", "false", "WERVING_DB_CONNECTION_TIMEOUT_MS", "3000"))) {
            node.start();
            UUID vacancy = NodeFixtures.openVacancy(node);
            HttpTestClient client = new HttpTestClient(node.port());
            List<String> references = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> before = client.postJson("/api/applications",
                        NodeFixtures.application(vacancy, "Before Outage " + i));
                assertThat(before.statusCode()).isEqualTo(201);
                references.add(NodeFixtures.reference(before));
            }

            database.cutOff();
            String key = UUID.randomUUID().toString();
            String during = NodeFixtures.application(vacancy, "During Outage");
            HttpResponse<String> refused = client.post("/api/applications", "application/json", during,
                    "Idempotency-Key", key);
            HttpResponse<String> health = client.get("/actuator/health");
            database.restore();

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("try again").doesNotContain("Exception").doesNotContain("at org.");
            assertThat(health.statusCode()).as("health tells the load balancer").isEqualTo(503);

            HttpResponse<String> retried = retryUntilCreated(client, during, key);
            references.add(NodeFixtures.reference(retried));
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> after = client.postJson("/api/applications",
                        NodeFixtures.application(vacancy, "After Outage " + i));
                assertThat(after.statusCode()).isEqualTo(201);
                references.add(NodeFixtures.reference(after));
            }
            try (Connection connection = database.connect()) {
                assertThat(NodeFixtures.column(connection, "select reference from application"))
                        .containsExactlyInAnyOrderElementsOf(references);
                assertThat(NodeFixtures.column(connection,
                        "select business_key_ from act_hi_procinst where proc_def_key_ = 'HiringProcess'"))
                        .as("every application has its hiring process, none half-started")
                        .containsExactlyInAnyOrderElementsOf(references);
                assertThat(NodeFixtures.column(connection, "select count(*) from applicant")).containsExactly(
                        Integer.toString(references.size()));
            }
        }
    }

    private static HttpResponse<String> retryUntilCreated(HttpTestClient client, String body, String key)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        HttpResponse<String> response;
        do {
            response = client.post("/api/applications", "application/json", body, "Idempotency-Key", key);
            if (response.statusCode() == 201) {
                return response;
            }
            assertThat(response.statusCode()).as("while recovering: %s", response.body()).isEqualTo(503);
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("Werving did not recover within 60 seconds: " + response.statusCode());
    }
}
