package nl.werving.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Drives an application through the hiring process the way its users do: tasks found, claimed and submitted
 * through Camunda's REST API as Tasklist does, and assessment results posted to the signed webhook.
 */
public final class TasklistRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TasklistRest() {
    }

    /**
     * The user's tasks of this key for the application. Screening runs as an asynchronous job, so the first tasks
     * appear shortly after the application: waits up to 30 seconds for one to show up.
     */
    public static JsonNode awaitTasks(HttpTestClient user, String reference, String taskKey) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode tasks = tasksNow(user, reference, taskKey);
            if (!tasks.isEmpty() || System.nanoTime() > deadline) {
                return tasks;
            }
            Thread.sleep(200);
        }
    }

    /** The user's tasks of this key for the application, as they are now. */
    public static JsonNode tasksNow(HttpTestClient user, String reference, String taskKey) throws Exception {
        HttpResponse<String> found = user.get("/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&taskDefinitionKey=" + taskKey);
        assertThat(found.statusCode()).isEqualTo(200);
        return JSON.readTree(found.body());
    }

    /** Claims the task as the user (unless it is assigned already) and submits its form, as Tasklist does. */
    public static void complete(HttpTestClient user, String userId, String reference, String taskKey,
            Map<String, Object> form) throws Exception {
        JsonNode tasks = awaitTasks(user, reference, taskKey);
        assertThat(tasks).as("%s visible to the user", taskKey).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        if (tasks.get(0).get("assignee").isNull()) {
            assertThat(user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + userId + "\"}")
                    .statusCode()).isEqualTo(204);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        HttpResponse<String> submitted = user.postJson("/engine-rest/task/" + taskId + "/submit-form",
                JSON.writeValueAsString(Map.of("variables", variables)));
        assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
    }

    /** Posts an assessment result signed with the integration tests' webhook secret. */
    public static HttpResponse<String> postAssessmentResult(HttpTestClient http, String reference, String body)
            throws Exception {
        long timestamp = System.currentTimeMillis() / 1000;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(PostgresIntegrationTest.ASSESSMENT_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + reference + "." + body).getBytes(StandardCharsets.UTF_8)));
        return http.post("/api/assessments/" + reference + "/result", "application/json", body,
                "Werving-Signature", "t=" + timestamp + ",v2=" + signature);
    }
}
