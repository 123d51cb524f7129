package nl.werving.governance;

import java.time.Instant;
import java.util.List;

/**
 * One deployment of models to the process engine.
 *
 * @param source the deployment source ("Camunda Modeler" for HR's deployments; null for the start-up deployment)
 * @param deployedBy the user who deployed it, from the engine's user operation log; {@value #SYSTEM} when the log
 *        names nobody (the start-up deployment, or a deployment made without an authenticated user)
 * @param resources the process, decision and form definitions the deployment created, with their versions
 */
public record ModelDeployment(String id, String name, String source, Instant deployedAt, String deployedBy,
        List<DeployedDefinition> resources) {

    /** Who deployed what no user deployed. */
    public static final String SYSTEM = "system";
}
