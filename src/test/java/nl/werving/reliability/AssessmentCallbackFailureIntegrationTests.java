package nl.werving.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.werving.process.AssessmentResultDelivery;
import nl.werving.process.HiringProcess;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A signed assessment result whose hand-on to the hiring process fails: the provider is answered 202 and the
 * result is stored; the job executor tries to pass it on, the retries run out, and an incident naming only the
 * reference shows in the engine (Cockpit) for an operator. Once the cause is gone and the operator retries the job
 * through the REST API Cockpit uses, the hiring process takes the result exactly once. The cause here is one an
 * operator can bring about in Cockpit: the application's hiring process is suspended.
 */
@PostgresIntegrationTest
class AssessmentCallbackFailureIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FULL_NAME = "Callbackmarker Testpersoon";
    private static final String EMAIL = "callbackmarker@example.org";

    @LocalServerPort
    int port;
    @Autowired
    Vacancies vacancies;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    private HttpTestClient http;
    private HttpTestClient recruiter;
    private HttpTestClient operator;
    private UUID vacancyId;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers.member(identityService, "callbackrecruiter", WervingGroups.RECRUITERS);
        recruiter = http.as("callbackrecruiter", TestUsers.PASSWORD);
        operator = http.as("admin", TestUsers.ADMIN_PASSWORD);
        vacancyId = vacancies.publishIfAbsent("Callback failure vacancy", "For the failing assessment callback")
                .getId();
    }

    @Test
    void aResultThatCannotBePassedOnIsStoredAndAcknowledgedRetriedThenAnIncidentAndOnceRetriedGoesOnOnce()
            throws Exception {
        String reference = applyAndReachTheAssessment();
        String hiringId = hiringInstanceId(reference);
        assertThat(operator.putJson("/engine-rest/process-instance/" + hiringId + "/suspended",
                "{\"suspended\":true}").statusCode()).isEqualTo(204);

        HttpResponse<String> answer = TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":82,\"completed\":true,\"providerResultId\":\"callback-1\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(jdbc.queryForMap("select status, score from assessment where reference = ?", reference))
                .containsEntry("status", "RESULT_RECEIVED").containsEntry("score", 82);
        String deliveryId = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AssessmentResultDelivery.PROCESS_KEY).processInstanceBusinessKey(reference)
                .singleResult().getId();
        String expectedMessage = "The hiring process of application " + reference
                + " does not wait for its assessment result (not there yet, or suspended)";

        // The job executor made the first attempt; the next are five minutes apart, so they are made here.
        Job job = await(() -> {
            Job current = job(deliveryId);
            return current.getRetries() < 3 ? current : null;
        });
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(job.getExceptionMessage()).isEqualTo(expectedMessage);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessage(expectedMessage);
        assertThat(job(deliveryId).getRetries()).isEqualTo(1);
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessage(expectedMessage);
        assertThat(job(deliveryId).getRetries()).isZero();

        JsonNode incidents = JSON.readTree(
                operator.get("/engine-rest/incident?processInstanceId=" + deliveryId).body());
        assertThat(incidents).hasSize(1);
        JsonNode incident = incidents.get(0);
        assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
        assertThat(incident.get("activityId").asText())
                .isEqualTo(AssessmentResultDelivery.TASK_DELIVER_ASSESSMENT_RESULT);
        assertThat(incident.get("configuration").asText()).isEqualTo(job.getId());
        // The exact text: the reference and nothing else of the application (no name, address or score).
        assertThat(incident.get("incidentMessage").asText()).isEqualTo(expectedMessage)
                .doesNotContain("Callbackmarker", "Testpersoon", "example.org");
        assertThat(runtimeService.getVariable(hiringId, HiringProcess.VAR_ASSESSMENT_SCORE)).isNull();

        // The operator removes the cause and retries the job, as Cockpit does.
        assertThat(operator.putJson("/engine-rest/process-instance/" + hiringId + "/suspended",
                "{\"suspended\":false}").statusCode()).isEqualTo(204);
        // A retried job keeps its due date, five minutes after the last attempt, unless a new one is given.
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(OffsetDateTime.now());
        assertThat(operator.putJson("/engine-rest/job/" + job.getId() + "/retries",
                "{\"retries\":1,\"dueDate\":\"" + now + "\"}").statusCode()).isEqualTo(204);

        await(() -> runtimeService.createProcessInstanceQuery().processInstanceId(deliveryId).count() == 0
                ? true : null);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(deliveryId)
                .activityId(AssessmentResultDelivery.END_EVENT_ASSESSMENT_RESULT_DELIVERED).count()).isEqualTo(1);
        assertThat(TasklistRest.awaitTasks(recruiter, reference, "Task_ProposeInterviewSlots")).hasSize(1);
        assertThat(runtimeService.getVariable(hiringId, HiringProcess.VAR_ASSESSMENT_SCORE)).isEqualTo(82);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(hiringId)
                .activityId("Task_EvaluateAssessment").count()).as("evaluated once").isEqualTo(1);
        assertThat(JSON.readTree(operator.get("/engine-rest/incident?processInstanceId=" + deliveryId).body()))
                .isEmpty();

        HttpResponse<String> again = TasklistRest.postAssessmentResult(http, reference,
                "{\"score\":82,\"completed\":true,\"providerResultId\":\"callback-1\"}");
        assertThat(again.statusCode()).as("a redelivery is a duplicate").isEqualTo(200);
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(AssessmentResultDelivery.PROCESS_KEY).processInstanceBusinessKey(reference)
                .count()).as("no second delivery").isEqualTo(1);
    }

    private String applyAndReachTheAssessment() throws Exception {
        HttpResponse<String> response = http.postJson("/api/applications", """
                {"vacancyId":"%s","privacyNoticeVersion":"2026-11",
                 "fullName":"%s","email":"%s"}""".formatted(vacancyId, FULL_NAME, EMAIL));
        assertThat(response.statusCode()).isEqualTo(201);
        String reference = JSON.readTree(response.body()).get("reference").asText();
        TasklistRest.complete(recruiter, "callbackrecruiter", reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));
        assertThat(runtimeService.createExecutionQuery().processInstanceId(hiringInstanceId(reference))
                .activityId("Task_WaitForAssessmentResult").count()).isEqualTo(1);
        return reference;
    }

    private String hiringInstanceId(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(HiringProcess.PROCESS_KEY)
                .processInstanceBusinessKey(reference).singleResult().getId();
    }

    private Job job(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).singleResult();
    }

    private static <T> T await(Supplier<T> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            assertThat(System.nanoTime()).as("waited %s", Duration.ofSeconds(30)).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
