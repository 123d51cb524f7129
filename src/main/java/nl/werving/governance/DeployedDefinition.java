package nl.werving.governance;

/**
 * A definition a deployment created: its kind, key and version, and the deployed resource (file) it came from.
 */
public record DeployedDefinition(DefinitionKind kind, String key, int version, String resourceName) {
}
