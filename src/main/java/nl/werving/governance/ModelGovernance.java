package nl.werving.governance;

import java.util.List;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import org.springframework.stereotype.Service;

/** Read-only answers about model versions: deployments, an application's versions, decision table diffs. */
@Service
public class ModelGovernance {

    private final ProcessVersions versions;
    private final Applications applications;

    ModelGovernance(ProcessVersions versions, Applications applications) {
        this.versions = versions;
        this.applications = applications;
    }

    /** Every deployment, newest first, with who deployed it and the definitions in it. */
    public List<ModelDeployment> deployments() {
        return versions.deployments();
    }

    /**
     * @throws UnknownApplicationException when no application (or only an erased one) has the reference
     */
    public ApplicationVersions versionsOf(ApplicationReference reference) {
        applications.findByReference(reference).orElseThrow(UnknownApplicationException::new);
        return versions.versionsOf(reference.value());
    }

    /**
     * @throws IllegalArgumentException when a version is below 1 or the key is blank
     * @throws UnknownDecisionVersionException when either version of the decision is not deployed
     */
    public DecisionTableDiff diff(String key, int from, int to) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A decision key is required");
        }
        if (from < 1 || to < 1) {
            throw new IllegalArgumentException("Versions start at 1");
        }
        DecisionTable before = versions.decisionTable(key, from)
                .orElseThrow(() -> new UnknownDecisionVersionException(key, from));
        DecisionTable after = versions.decisionTable(key, to)
                .orElseThrow(() -> new UnknownDecisionVersionException(key, to));
        return DecisionTableComparison.compare(before, after);
    }
}
