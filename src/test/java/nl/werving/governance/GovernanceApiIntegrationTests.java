package nl.werving.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.werving.application.Application;
import nl.werving.application.ApplicationSubmission;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.ShippedModels;
import nl.werving.support.TasklistRest;
import nl.werving.support.TestApplications;
import nl.werving.support.TestUsers;
import nl.werving.vacancy.Vacancies;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Process version governance on PostgreSQL: deployments with their deployer, the versions an application went
 * through, the diff of two ScreeningDecision versions, and who may read them. The edited ScreeningDecision this
 * deploys recommends what the shipped one does, and is removed after each test.
 */
@PostgresIntegrationTest
class GovernanceApiIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEPLOYMENT_NAME = "governance-probe";
    private static final String HR_USER = "governancehr";
    private static final String AUDITOR = "governanceauditor";
    private static final String DPO_USER = "governancedpo";
    private static final String RECRUITER = "governancerecruiter";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    Vacancies vacancies;

    private HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers.member(identityService, HR_USER, WervingGroups.HR);
        TestUsers.member(identityService, AUDITOR, WervingGroups.AUDITORS);
        TestUsers.member(identityService, DPO_USER, WervingGroups.DPO);
        TestUsers.member(identityService, RECRUITER, WervingGroups.RECRUITERS);
    }

    @AfterEach
    void removeProbeDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void theDeploymentsNameWhoDeployedThemAndTheVersionsTheyCreated() throws Exception {
        String deploymentId = deployEditedScreeningDecisionAsHr();

        JsonNode deployments = json(as(AUDITOR).get("/api/governance/deployments"));

        JsonNode probe = find(deployments, "id", deploymentId);
        assertThat(probe.get("name").asText()).isEqualTo(DEPLOYMENT_NAME);
        assertThat(probe.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(probe.get("deployedBy").asText()).isEqualTo(HR_USER);
        assertThat(probe.get("deployedAt").isNull()).isFalse();
        assertThat(probe.get("resources")).singleElement().satisfies(resource -> {
            assertThat(resource.get("kind").asText()).isEqualTo("DECISION");
            assertThat(resource.get("key").asText()).isEqualTo(ShippedModels.SCREENING_DECISION);
            assertThat(resource.get("version").asInt()).isEqualTo(latestScreeningDecisionVersion());
            assertThat(resource.get("resourceName").asText()).isEqualTo(ShippedModels.SCREENING_DECISION_FILE);
        });
        // Newest first.
        assertThat(deployments.get(0).get("id").asText()).isEqualTo(deploymentId);
        // The start-up deployment: no user deployed it.
        List<JsonNode> startUp = StreamSupport.stream(deployments.spliterator(), false)
                .filter(deployment -> "SpringAutoDeployment".equals(deployment.get("name").asText())).toList();
        assertThat(startUp).isNotEmpty().allSatisfy(deployment -> assertThat(deployment.get("deployedBy").asText())
                .isEqualTo("system"));
        assertThat(startUp).flatExtracting(deployment -> kindsAndKeys(deployment.get("resources")))
                .contains("PROCESS HiringProcess", "DECISION ScreeningDecision", "FORM ReviewScreeningForm");
    }

    @Test
    void anApplicationsVersionsNameItsProcessesDecisionsAndTheFormItsCompletedTaskUsed() throws Exception {
        Application application = TestApplications.submit(submission, vacancies);
        String reference = application.getReference().value();
        HttpTestClient recruiter = as(RECRUITER);
        assertThat(TasklistRest.awaitTasks(recruiter, reference, "Task_ReviewScreening")).hasSize(1);
        TasklistRest.complete(recruiter, RECRUITER, reference, "Task_ReviewScreening",
                Map.of("reviewDecision", "advance"));

        JsonNode versions = json(as(HR_USER).get("/api/governance/applications/" + reference + "/versions"));

        assertThat(versions.get("reference").asText()).isEqualTo(reference);
        JsonNode hiring = find(versions.get("processes"), "processKey", "HiringProcess");
        assertThat(hiring.get("version").asInt()).isEqualTo(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("HiringProcess").latestVersion().singleResult().getVersion());
        assertThat(hiring.get("processInstanceId").asText()).isNotBlank();
        find(versions.get("processes"), "processKey", "ApplicantDataLifecycle");
        JsonNode screening = find(versions.get("decisions"), "decisionKey", ShippedModels.SCREENING_DECISION);
        assertThat(screening.get("version").asInt()).isEqualTo(latestScreeningDecisionVersion());
        assertThat(screening.get("processKey").asText()).isEqualTo("HiringProcess");
        assertThat(screening.get("activityId").asText()).isEqualTo("Task_ApplyKnockoutRules");
        JsonNode review = find(versions.get("forms"), "taskDefinitionKey", "Task_ReviewScreening");
        assertThat(review.get("formKey").asText()).isEqualTo("ReviewScreeningForm");
        assertThat(review.get("completedAt").isNull()).isFalse();
        assertThat(review.get("version").asInt()).isEqualTo(latestFormVersion("ReviewScreeningForm"));
    }

    @Test
    void theDiffOfTheShippedAndAnEditedScreeningDecisionShowsTheChangedAndTheAddedRule() throws Exception {
        int shipped = latestScreeningDecisionVersion();
        deployEditedScreeningDecisionAsHr();
        int edited = latestScreeningDecisionVersion();
        assertThat(edited).isEqualTo(shipped + 1);

        JsonNode diff = json(as(DPO_USER).get("/api/governance/decisions/ScreeningDecision/diff?from=" + shipped
                + "&to=" + edited));

        assertThat(diff.get("key").asText()).isEqualTo(ShippedModels.SCREENING_DECISION);
        assertThat(diff.get("hitPolicy").isNull()).isTrue();
        assertThat(diff.get("inputsAdded")).isEmpty();
        assertThat(diff.get("rulesRemoved")).isEmpty();
        assertThat(diff.get("rulesAdded")).singleElement()
                .satisfies(rule -> assertThat(rule.get("id").asText()).isEqualTo(ShippedModels.ADDED_RULE));
        assertThat(diff.get("rulesChanged")).singleElement().satisfies(rule -> {
            assertThat(rule.get("id").asText()).isEqualTo(ShippedModels.CHANGED_RULE);
            JsonNode score = find(rule.get("inputs"), "clauseId", "Input_ScreeningScore");
            assertThat(score.get("from").asText()).isEqualTo(">= 70");
            assertThat(score.get("to").asText()).isEqualTo(">= 70.0");
            assertThat(score.get("changed").asBoolean()).isTrue();
            assertThat(rule.get("annotation").get("to").asText())
                    .isEqualTo("A screening score of at least 70 recommends advancing.");
        });
    }

    @Test
    void anUnknownDecisionOrVersionIs404AndABadVersion400() {
        HttpTestClient auditor = as(AUDITOR);
        assertProblem(auditor.get("/api/governance/decisions/NoSuchDecision/diff?from=1&to=2"), 404);
        assertProblem(auditor.get("/api/governance/decisions/ScreeningDecision/diff?from=1&to=9999"), 404);
        assertProblem(auditor.get("/api/governance/decisions/ScreeningDecision/diff?from=0&to=1"), 400);
        assertProblem(auditor.get("/api/governance/decisions/ScreeningDecision/diff?from=one&to=1"), 400);
        assertProblem(auditor.get("/api/governance/decisions/ScreeningDecision/diff?from=1"), 400);
        assertProblem(auditor.get("/api/governance/applications/not-a-reference/versions"), 400);
        assertProblem(auditor.get("/api/governance/applications/0000000000000000000000ZZ/versions"), 404);
    }

    @Test
    void auditorsTheDpoAndHrMayReadRecruitersAndAnonymousMayNot() {
        List<String> paths = List.of("/api/governance/deployments",
                "/api/governance/decisions/ScreeningDecision/diff?from=1&to=1");
        for (String path : paths) {
            assertThat(as(AUDITOR).get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(as(DPO_USER).get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(as(HR_USER).get(path).statusCode()).as(path).isEqualTo(200);
            assertThat(as(RECRUITER).get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(401);
        }
        String versions = "/api/governance/applications/0000000000000000000000ZZ/versions";
        assertThat(as(RECRUITER).get(versions).statusCode()).isEqualTo(403);
        assertThat(http.get(versions).statusCode()).isEqualTo(401);
    }

    private String deployEditedScreeningDecisionAsHr() throws Exception {
        HttpResponse<String> response = as(HR_USER).postFile("/engine-rest/deployment/create",
                ShippedModels.SCREENING_DECISION_FILE,
                ShippedModels.screeningDecisionEdited().getBytes(StandardCharsets.UTF_8),
                "deployment-name", DEPLOYMENT_NAME,
                "deployment-source", "Camunda Modeler",
                "deploy-changed-only", "true");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("id").asText();
    }

    private int latestScreeningDecisionVersion() {
        return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(ShippedModels.SCREENING_DECISION)
                .latestVersion().singleResult().getVersion();
    }

    /** The highest version of the form among all deployments, as the deployments list reports it. */
    private int latestFormVersion(String formKey) throws Exception {
        int latest = 0;
        for (JsonNode deployment : json(as(AUDITOR).get("/api/governance/deployments"))) {
            for (JsonNode resource : deployment.get("resources")) {
                if ("FORM".equals(resource.get("kind").asText()) && formKey.equals(resource.get("key").asText())) {
                    latest = Math.max(latest, resource.get("version").asInt());
                }
            }
        }
        assertThat(latest).as("deployed versions of " + formKey).isPositive();
        return latest;
    }

    private HttpTestClient as(String user) {
        return http.as(user, TestUsers.PASSWORD);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        throw new AssertionError("No element with " + field + " = " + value + " in " + array);
    }

    private static List<String> kindsAndKeys(JsonNode resources) {
        List<String> kindsAndKeys = new ArrayList<>();
        resources.forEach(resource -> kindsAndKeys.add(resource.get("kind").asText() + " " + resource.get("key").asText()));
        return kindsAndKeys;
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
