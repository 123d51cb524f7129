package nl.werving.process.deployment;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Checks, while a new deployment is parsed, that every user task's {@code camunda:formRef} names a form
 * that is part of the same deployment or deployed already. A user task whose form is missing would show
 * Tasklist's "Form failure" to whoever picks it up; the deployment is refused instead, and the parse error
 * (HTTP 400 from the REST API) names the task and the form key.
 *
 * <p>With {@code camunda:formRefBinding="deployment"} the form must be in the same deployment. Form keys
 * given as expressions are resolved only at run time and are not checked. Deployments that are merely
 * parsed again (the engine rebuilding its cache from the database) are not checked.
 */
final class FormReferenceParseListener extends AbstractBpmnParseListener {

    private static final String FORM_REF = "formRef";
    private static final String FORM_REF_BINDING = "formRefBinding";
    private static final String DEPLOYMENT_BINDING = "deployment";

    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        String formKey = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF);
        if (formKey == null || formKey.isBlank() || isExpression(formKey)) {
            return;
        }
        CommandContext commandContext = Context.getCommandContext();
        DeploymentEntity deployment = deploymentOf(commandContext, activity);
        if (deployment == null || !deployment.isNew() || DeployedForms.idsIn(deployment).contains(formKey)) {
            return;
        }
        boolean sameDeploymentOnly = DEPLOYMENT_BINDING.equals(
                userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, FORM_REF_BINDING));
        if (sameDeploymentOnly) {
            throw new BpmnParseException(String.format("User task '%s' refers to form '%s' with formRefBinding "
                    + "'deployment', but that form is not part of this deployment. Deploy the form together with "
                    + "this model, or use formRefBinding 'latest'.", userTask.attribute("id"), formKey), userTask);
        }
        if (commandContext.getCamundaFormDefinitionManager()
                .findLatestDefinitionByKeyAndTenantId(formKey, deployment.getTenantId()) == null) {
            throw new BpmnParseException(String.format("User task '%s' refers to form '%s' (camunda:formRef), but no "
                    + "form with that id is deployed or part of this deployment. Deploy the form first or together "
                    + "with this model.", userTask.attribute("id"), formKey), userTask);
        }
    }

    private static DeploymentEntity deploymentOf(CommandContext commandContext, ActivityImpl activity) {
        if (commandContext == null || !(activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition)
                || definition.getDeploymentId() == null) {
            return null;
        }
        // A deployment being made is still only in the command's entity cache, which this lookup reads first.
        return commandContext.getDeploymentManager().findDeploymentById(definition.getDeploymentId());
    }

    private static boolean isExpression(String formKey) {
        return formKey.contains("${") || formKey.contains("#{");
    }
}
