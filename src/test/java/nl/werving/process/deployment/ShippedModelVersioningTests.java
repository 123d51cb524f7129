package nl.werving.process.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How Werving's start-up deployment of the shipped models and HR's Camunda Modeler deployments version the
 * same process independently (docs/adr/0005-source-of-truth-for-process-models.md). The start-up deployment
 * is made the way the Spring Boot starter makes it with Werving's settings: deployment name
 * {@value #START_UP}, resources named by file name, duplicate filtering with changed resources only.
 */
class ShippedModelVersioningTests {

    private static final String START_UP = "SpringAutoDeployment";
    private static final String MODELER_DEPLOYMENT = "hiring";
    private static final String PROCESS_KEY = "FormGuardProbe";
    private static final String PROCESS_FILE = "FormGuardProbe.bpmn";
    private static final String FORM_FILE = "FormGuardProbeForm.form";

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-deployment-guard.cfg.xml").build();

    private final String shippedProcess = fixture(PROCESS_FILE);
    private final String shippedForm = fixture(FORM_FILE);

    @AfterEach
    void removeDeployments() {
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeploymentQuery().list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aRestartWithUnchangedShippedModelsDeploysNothing() {
        startUp(shippedProcess, shippedForm);
        startUp(shippedProcess, shippedForm);

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(1);
        assertThat(latestProcess().getVersion()).isEqualTo(1);
    }

    @Test
    void hrsModelerDeploymentStaysLatestWhenAnUpgradeChangesOnlyAnotherModel() {
        startUp(shippedProcess, shippedForm);
        fromModeler(PROCESS_FILE, hrsChange(shippedProcess));

        startUp(shippedProcess, shippedForm.replace("\"Decision\"", "\"Decision, reworded by Werving\""));

        assertThat(latestProcess().getVersion()).isEqualTo(2);
        assertThat(deploymentNameOf(latestProcess())).isEqualTo(MODELER_DEPLOYMENT);
        assertThat(formOfANewTask()).contains("Decision, reworded by Werving");
    }

    @Test
    void anUpgradeThatChangesAShippedModelOverridesHrsVersionForNewInstancesOnly() {
        startUp(shippedProcess, shippedForm);
        fromModeler(PROCESS_FILE, hrsChange(shippedProcess));
        ProcessInstance onHrsVersion = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);

        startUp(wervingsChange(shippedProcess), shippedForm);

        assertThat(latestProcess().getVersion()).isEqualTo(3);
        assertThat(deploymentNameOf(latestProcess())).isEqualTo(START_UP);
        assertThat(engine.getRepositoryService().getProcessDefinition(onHrsVersion.getProcessDefinitionId())
                .getVersion()).isEqualTo(2);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(onHrsVersion.getId())
                .singleResult().getProcessDefinitionId()).isEqualTo(onHrsVersion.getProcessDefinitionId());
    }

    @Test
    void hrsUnchangedFileDeployedAgainAfterAnUpgradeDoesNotBecomeLatestAgain() {
        startUp(shippedProcess, shippedForm);
        fromModeler(PROCESS_FILE, hrsChange(shippedProcess));
        startUp(wervingsChange(shippedProcess), shippedForm);

        // The Modeler compares with HR's own last deployment of that file, which it equals: nothing is deployed.
        fromModeler(PROCESS_FILE, hrsChange(shippedProcess));

        assertThat(deploymentNameOf(latestProcess())).isEqualTo(START_UP);

        // HR's change merged into the new shipped model differs from both, and becomes the latest version.
        fromModeler(PROCESS_FILE, hrsChange(wervingsChange(shippedProcess)));

        assertThat(latestProcess().getVersion()).isEqualTo(4);
        assertThat(deploymentNameOf(latestProcess())).isEqualTo(MODELER_DEPLOYMENT);
    }

    /** As the starter's auto-deployment does it, with Werving's deployChangedOnly and file names. */
    private void startUp(String process, String form) {
        engine.getRepositoryService().createDeployment()
                .enableDuplicateFiltering(true)
                .name(START_UP)
                .addString(PROCESS_FILE, process)
                .addString(FORM_FILE, form)
                .deploy();
    }

    /** As Camunda Modeler's deploy button does it: one file, HR's deployment name, changed files only. */
    private void fromModeler(String fileName, String content) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(MODELER_DEPLOYMENT)
                .source("Camunda Modeler")
                .enableDuplicateFiltering(true)
                .addString(fileName, content);
        deployment.deploy();
    }

    private static String hrsChange(String process) {
        return process.replace("<bpmn:userTask ", "<bpmn:userTask camunda:candidateGroups=\"hr\" ");
    }

    private static String wervingsChange(String process) {
        return process.replace("name=\"Review probe\"", "name=\"Review probe, as Werving ships it now\"");
    }

    private ProcessDefinition latestProcess() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
    }

    private String deploymentNameOf(ProcessDefinition definition) {
        return engine.getRepositoryService().createDeploymentQuery().deploymentId(definition.getDeploymentId())
                .singleResult().getName();
    }

    private String formOfANewTask() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static String fixture(String fileName) {
        try (InputStream stream = ShippedModelVersioningTests.class.getClassLoader()
                .getResourceAsStream("models/deployment/" + fileName)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
