package nl.werving.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werving.support.ExtraDatabase;
import nl.werving.support.WervingNode;
import org.junit.jupiter.api.Test;

/**
 * Werving killed with SIGKILL, three times, while 8 clients submit 1,000 applications, and started again each
 * time. Clients do what a careful client does: send an Idempotency-Key and, when a request fails or times out,
 * send it again with the same key until it gets an answer. Afterwards every application that got a 201 exists, with
 * its hiring process, and none exists twice. Runs Werving from the packaged jar on a database of its own.
 */
class CrashSafetyIntegrationTests {

    private static final int APPLICATIONS = 1_000;
    private static final int CLIENTS = 8;
    private static final int KILLS = 3;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void applicationsThatGotA201SurviveEveryKillOnceEachWithTheirProcess() throws Exception {
        try (ExtraDatabase database = ExtraDatabase.create("crash");
                WervingNode node = WervingNode.on("crash", database,
                        Map.of("WERVING_MAIL_POLLING_ENABLED", "false"))) {
            node.start();
            UUID vacancy = NodeFixtures.openVacancy(node);

            Map<String, String> created = new ConcurrentHashMap<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger retries = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                int number = i;
                work.add(clients.submit(() -> {
                    String key = "crash-" + number + "-" + UUID.randomUUID();
                    created.put(key, submitUntilAnswered(node, vacancy, number, key, retries));
                    answered.incrementAndGet();
                    return null;
                }));
            }

            Random random = new Random();
            int killed = 0;
            while (killed < KILLS) {
                int killAt = (killed + 1) * APPLICATIONS / (KILLS + 1) + random.nextInt(APPLICATIONS / 10)
                        - APPLICATIONS / 20;
                while (answered.get() < killAt) {
                    Thread.sleep(20);
                }
                node.kill();
                killed++;
                node.start();
            }
            for (Future<?> future : work) {
                future.get(10, TimeUnit.MINUTES);
            }
            clients.shutdown();

            assertThat(created).hasSize(APPLICATIONS);
            assertThat(retries.get()).as("some requests met a dead service and were sent again").isPositive();
            Set<String> references = new HashSet<>(created.values());
            assertThat(references).as("every key got its own application").hasSize(APPLICATIONS);
            try (Connection connection = database.connect()) {
                assertThat(NodeFixtures.column(connection, "select reference from application"))
                        .as("every application that got a 201 exists, and nothing else does")
                        .containsExactlyInAnyOrderElementsOf(references);
                assertThat(NodeFixtures.column(connection,
                        "select business_key_ from act_hi_procinst where proc_def_key_ = 'HiringProcess'"))
                        .as("each application has exactly one hiring process")
                        .containsExactlyInAnyOrderElementsOf(references);
            }
        }
    }

    /** Sends the application until Werving answers (a crash, a refused connection or a timeout means: again). */
    private String submitUntilAnswered(WervingNode node, UUID vacancy, int number, String key, AtomicInteger retries)
            throws Exception {
        String body = NodeFixtures.application(vacancy, "Crash Test " + number);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.baseUrl()
                                + "/api/applications"))
                        .timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    return NodeFixtures.reference(response);
                }
                assertThat(response.statusCode()).as("only a crash may stop an application: %s", response.body())
                        .isGreaterThanOrEqualTo(500);
            } catch (IOException connectionLostOrRefused) {
                // The service is down or went down during the request; the client tries again.
            }
            retries.incrementAndGet();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("application " + number + " got no answer within 5 minutes");
            }
            Thread.sleep(200);
        }
    }
}
