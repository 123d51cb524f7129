package nl.werving.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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
import nl.werving.support.HttpTestClient;
import nl.werving.support.TestUsers;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HR_USER = "crashhr";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void applicationsThatGotA201SurviveEveryKillOnceEachWithTheirProcess() throws Exception {
        try (ExtraDatabase database = ExtraDatabase.create("crash");
                WervingNode node = WervingNode.on("crash", database,
                        Map.of("WERVING_MAIL_POLLING_ENABLED", "false"))) {
            node.start();
            UUID vacancy = openVacancy(node);

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
                assertThat(stringColumn(connection, "select reference from application"))
                        .as("every application that got a 201 exists, and nothing else does")
                        .containsExactlyInAnyOrderElementsOf(references);
                assertThat(stringColumn(connection,
                        "select business_key_ from act_hi_procinst where proc_def_key_ = 'HiringProcess'"))
                        .as("each application has exactly one hiring process")
                        .containsExactlyInAnyOrderElementsOf(references);
            }
        }
    }

    /** Sends the application until Werving answers (a crash, a refused connection or a timeout means: again). */
    private String submitUntilAnswered(WervingNode node, UUID vacancy, int number, String key, AtomicInteger retries)
            throws Exception {
        String body = "{\"vacancyId\":\"" + vacancy + "\",\"fullName\":\"Crash Test " + number
                + "\",\"email\":\"crash" + number + "@example.org\"}";
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
                    return JSON.readTree(response.body()).get("reference").asText();
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

    /** An HR user made by the administrator, and an open vacancy made by HR, through the APIs. */
    private UUID openVacancy(WervingNode node) throws Exception {
        HttpTestClient admin = new HttpTestClient(node.port()).as("admin", TestUsers.ADMIN_PASSWORD);
        assertThat(admin.postJson("/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Crash","lastName":"HR","email":"crashhr@example.org"},
                 "credentials":{"password":"%s"}}""".formatted(HR_USER, TestUsers.PASSWORD)).statusCode())
                .isEqualTo(204);
        assertThat(admin.put("/engine-rest/group/hr/members/" + HR_USER, "application/json", "").statusCode())
                .isEqualTo(204);
        HttpTestClient hr = new HttpTestClient(node.port()).as(HR_USER, TestUsers.PASSWORD);
        HttpResponse<String> draft = hr.postJson("/api/vacancies",
                "{\"title\":\"Crash test vacancy\",\"description\":\"Applications while the service crashes\"}");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        JsonNode vacancy = JSON.readTree(draft.body());
        UUID id = UUID.fromString(vacancy.get("id").asText());
        HttpResponse<String> opened = hr.post("/api/vacancies/" + id + "/open", "application/json", "");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        return id;
    }

    private static List<String> stringColumn(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
