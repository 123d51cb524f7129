package nl.werving.process.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/** The ids of the Camunda Forms ({@code *.form} resources, JSON with an "id") in a deployment. */
final class DeployedForms {

    private static final String FORM_SUFFIX = ".form";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeployedForms() {
    }

    static Set<String> idsIn(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return Set.of();
        }
        return deployment.getResources().values().stream()
                .filter(resource -> resource.getName() != null && resource.getName().endsWith(FORM_SUFFIX))
                .map(DeployedForms::formId)
                .filter(id -> id != null && !id.isBlank())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The form's id, or null when the resource is not a readable form: the engine's form deployer reports that. */
    private static String formId(ResourceEntity resource) {
        try {
            JsonNode id = JSON.readTree(resource.getBytes()).get("id");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
