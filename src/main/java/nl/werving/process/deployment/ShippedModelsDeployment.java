package nl.werving.process.deployment;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The start-up deployment of the shipped models ({@code processes/} and {@code forms/}, found through
 * {@code camunda.bpm.deployment-resource-pattern}), with each resource named by its file name alone.
 *
 * <p>The starter names a resource by its absolute path when it is a file on disk (running from
 * {@code target/classes}) and by its file name when it sits in the boot jar. Duplicate filtering compares
 * resources by name, so a database once used from a checkout and later from the jar, or from another
 * checkout, would get a new version of every model without any change. Here the name is always the file
 * name, as in the jar and as Camunda Modeler names what it deploys. Two shipped models with the same file
 * name in different folders would overwrite each other, so they stop the start instead.
 */
@Component
class ShippedModelsDeployment extends DefaultDeploymentConfiguration {

    @Override
    public Set<Resource> getDeploymentResources() {
        Set<Resource> resources = super.getDeploymentResources();
        Map<String, Resource> byFileName = resources.stream().collect(Collectors.toMap(Resource::getFilename,
                Function.identity(), (one, other) -> {
                    throw new IllegalStateException("Two shipped models have the same file name: "
                            + one.getDescription() + " and " + other.getDescription());
                }));
        return byFileName.values().stream().map(FileNamedResource::new).collect(Collectors.toUnmodifiableSet());
    }
}
