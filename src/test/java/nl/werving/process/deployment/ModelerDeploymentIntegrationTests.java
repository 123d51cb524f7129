package nl.werving.process.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.werving.security.WervingGroups;
import nl.werving.support.HttpTestClient;
import nl.werving.support.PostgresIntegrationTest;
import nl.werving.support.TestUsers;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * HR deploys from Camunda Modeler: one changed file at a time, through the REST API, with duplicate
 * filtering. Fixture models with their own keys, so the shipped models are not touched.
 */
@PostgresIntegrationTest
class ModelerDeploymentIntegrationTests {

    private static final String MODELS = "models/modeler/";
    private static final String PROCESS_FILE = "ModelerDeploymentProbe.bpmn";
    private static final String FORM_FILE = "ModelerDeploymentProbeForm.form";
    private static final String DECISION_FILE = "ModelerDeploymentProbeDecision.dmn";
    private static final String PROCESS_KEY = "ModelerDeploymentProbe";
    private static final String DECISION_KEY = "ModelerDeploymentProbeDecision";
    private static final String DEPLOYMENT_NAME = "modeler-deployment-probe";
    private static final String HR_USER = "modelerhr";
    private static final String RECRUITER_USER = "modelerrecruiter";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    ProcessEngine processEngine;

    private HttpTestClient client;

    @BeforeEach
    void setUp() {
        client = new HttpTestClient(port);
        TestUsers.member(identityService, HR_USER, WervingGroups.HR);
        TestUsers.member(identityService, RECRUITER_USER, WervingGroups.RECRUITERS);
    }

    @AfterEach
    void removeProbeDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).list()
                .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aModelNamingAFormThatIsNotDeployedIsRefusedWithTheFormKey() {
        HttpResponse<String> response = deployFromModeler(HR_USER, PROCESS_FILE, fixture(PROCESS_FILE));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).contains("ModelerDeploymentProbeForm").contains("Task_ReviewProbe")
                .contains("Deploy the form first or together with this model");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count()).isZero();
    }

    @Test
    void aRecruiterCannotDeploy() {
        HttpResponse<String> response = deployFromModeler(RECRUITER_USER, FORM_FILE, fixture(FORM_FILE));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count()).isZero();
    }

    @Test
    void eachChangedFileDeployedOnItsOwnBecomesTheLatestVersionForNewInstancesOnly() {
        String process = fixture(PROCESS_FILE);
        String form = fixture(FORM_FILE);
        String decision = fixture(DECISION_FILE);
        assertDeployed(deployFromModeler(HR_USER, FORM_FILE, form));
        assertDeployed(deployFromModeler(HR_USER, DECISION_FILE, decision));
        assertDeployed(deployFromModeler(HR_USER, PROCESS_FILE, process));
        ProcessInstance first = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        assertThat(runtimeService.getVariable(first.getId(), "probeOutcome")).isEqualTo("first");

        // Deploying an unchanged file creates no new version.
        assertDeployed(deployFromModeler(HR_USER, PROCESS_FILE, process));
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(1);

        // A changed process alone: new instances start on the new version, the running one stays on its own.
        assertDeployed(deployFromModeler(HR_USER, PROCESS_FILE,
                process.replace("name=\"Review probe\"", "name=\"Review probe again\"")));
        ProcessInstance second = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        assertThat(versionOf(second)).isEqualTo(2);
        assertThat(versionOf(first)).isEqualTo(1);

        // A changed form alone: every open task shows the newest form (formRefBinding latest).
        assertDeployed(deployFromModeler(HR_USER, FORM_FILE,
                form.replace("\"Probe decision\"", "\"Probe decision, reworded\"")));
        assertThat(formOfTheOpenTask(first)).contains("Probe decision, reworded");
        assertThat(formOfTheOpenTask(second)).contains("Probe decision, reworded");

        // A changed decision alone: new instances evaluate the new version; earlier results stay.
        assertDeployed(deployFromModeler(HR_USER, DECISION_FILE, decision.replace("\"first\"", "\"second\"")));
        ProcessInstance third = runtimeService.startProcessInstanceByKey(PROCESS_KEY);
        assertThat(runtimeService.getVariable(third.getId(), "probeOutcome")).isEqualTo("second");
        assertThat(runtimeService.getVariable(first.getId(), "probeOutcome")).isEqualTo("first");
        assertThat(versionOf(third)).isEqualTo(2);
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY).count())
                .isEqualTo(2);
    }

    @Test
    void theStartUpDeploymentNamesShippedModelsByFileNameAndDeploysOnlyChangedOnes() {
        List<Deployment> startUpDeployments = repositoryService.createDeploymentQuery()
                .deploymentName("SpringAutoDeployment").list();
        List<String> resourceNames = startUpDeployments.stream()
                .flatMap(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()).stream())
                .toList();

        assertThat(resourceNames).contains("HiringProcess.bpmn").allSatisfy(
                name -> assertThat(name).doesNotContain("/").doesNotContain("\\"));
        assertThat(((SpringProcessEngineConfiguration) processEngine.getProcessEngineConfiguration())
                .isDeployChangedOnly()).isTrue();
    }

    /** What Camunda Modeler's deploy button sends: one file, the deployment name, changed files only. */
    private HttpResponse<String> deployFromModeler(String user, String fileName, String content) {
        return client.as(user, TestUsers.PASSWORD).postFile("/engine-rest/deployment/create", fileName,
                content.getBytes(StandardCharsets.UTF_8),
                "deployment-name", DEPLOYMENT_NAME,
                "deployment-source", "Camunda Modeler",
                "deploy-changed-only", "true");
    }

    private static void assertDeployed(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private int versionOf(ProcessInstance instance) {
        String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getProcessDefinitionId();
        ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
        return definition.getVersion();
    }

    private String formOfTheOpenTask(ProcessInstance instance) {
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        try (InputStream form = formService.getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static String fixture(String fileName) {
        try (InputStream stream = ModelerDeploymentIntegrationTests.class.getClassLoader()
                .getResourceAsStream(MODELS + fileName)) {
            assertThat(stream).as(MODELS + fileName).isNotNull();
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
