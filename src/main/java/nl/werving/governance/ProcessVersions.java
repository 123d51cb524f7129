package nl.werving.governance;

import java.util.List;
import java.util.Optional;

/** The engine's deployments and an application's history of versions. Implemented by the {@code process} module. */
public interface ProcessVersions {

    /** Every deployment, newest first. */
    List<ModelDeployment> deployments();

    /**
     * The versions the process instances whose business key is the reference went through; empty lists when there
     * are none.
     */
    ApplicationVersions versionsOf(String reference);

    /** The decision table of this key and version, or empty when no such version is deployed. */
    Optional<DecisionTable> decisionTable(String key, int version);
}
