package nl.werving.process.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deployment guard on a plain engine: a user task's form must be deployed first or together. */
class FormReferenceGuardTests {

    private static final String MODELS = "models/deployment/";
    private static final String PROBE = "FormGuardProbe.bpmn";
    private static final String PROBE_BOUND_TO_DEPLOYMENT = "FormGuardProbeBoundToDeployment.bpmn";
    private static final String PROBE_FORM = "FormGuardProbeForm.form";

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-deployment-guard.cfg.xml").build();

    @AfterEach
    void removeDeployments() {
        RepositoryService repository = engine.getRepositoryService();
        repository.createDeploymentQuery().list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
    }

    @Test
    void aModelWhoseFormIsMissingIsRefusedWithAMessageNamingTaskAndForm() {
        assertThatThrownBy(() -> deploy(PROBE))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("User task 'Task_ProbeReview'")
                .hasMessageContaining("form 'FormGuardProbeForm'")
                .hasMessageContaining("Deploy the form first or together with this model");

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isZero();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isZero();
    }

    @Test
    void aModelDeployedTogetherWithItsFormIsAccepted() {
        deploy(PROBE, PROBE_FORM);

        assertThat(formOfTheFirstTask()).contains("\"probeDecision\"");
    }

    @Test
    void aModelDeployedAloneAfterItsFormIsAccepted() {
        deploy(PROBE_FORM);
        deploy(PROBE);

        assertThat(formOfTheFirstTask()).contains("\"probeDecision\"");
    }

    @Test
    void theFormsIdCountsNotItsFileName() {
        engine.getRepositoryService().createDeployment()
                .addInputStream(PROBE, resource(PROBE))
                .addInputStream("a-differently-named-file.form", resource(PROBE_FORM))
                .deploy();

        assertThat(formOfTheFirstTask()).contains("\"probeDecision\"");
    }

    @Test
    void aFormBoundToTheDeploymentMustBeInThatDeployment() {
        deploy(PROBE_FORM);

        assertThatThrownBy(() -> deploy(PROBE_BOUND_TO_DEPLOYMENT))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("User task 'Task_ProbeReview'")
                .hasMessageContaining("form 'FormGuardProbeForm'")
                .hasMessageContaining("Deploy the form together with this model");
        deploy(PROBE_BOUND_TO_DEPLOYMENT, PROBE_FORM);
    }

    @Test
    void aStoredDeploymentParsedAgainIsNotCheckedAgain() {
        Deployment form = deploy(PROBE_FORM);
        deploy(PROBE);
        engine.getRepositoryService().deleteDeployment(form.getId(), true);
        engine.getProcessEngineConfiguration().getDeploymentCache().discardProcessDefinitionCache();

        // The engine parses the stored model again to rebuild its cache; that must not fail.
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("FormGuardProbe");

        assertThat(instance.isEnded()).isFalse();
    }

    private Deployment deploy(String... fileNames) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("form-guard-probe");
        for (String fileName : fileNames) {
            deployment.addInputStream(fileName, resource(fileName));
        }
        return deployment.deploy();
    }

    private String formOfTheFirstTask() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("FormGuardProbe");
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private static InputStream resource(String fileName) {
        InputStream stream = FormReferenceGuardTests.class.getClassLoader().getResourceAsStream(MODELS + fileName);
        assertThat(stream).as(MODELS + fileName).isNotNull();
        return stream;
    }
}
