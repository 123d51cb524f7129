package nl.werving.process.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in a cluster: with {@code werving.node-id} set, the job executor locks jobs under that name
 * ({@code act_ru_job.lock_owner_}) and the job log records it as host ({@code act_hi_job_log.hostname_}), so an
 * operator sees which node holds or ran a job. Every node needs its own id. Unset, the engine's defaults stay (a
 * random lock owner per start, the machine's address as host).
 */
@Component
class NodeIdentityPlugin extends AbstractProcessEnginePlugin {

    private final String nodeId;

    NodeIdentityPlugin(@Value("${werving.node-id:}") String nodeId) {
        this.nodeId = nodeId == null ? "" : nodeId.strip();
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (nodeId.isEmpty()) {
            return;
        }
        configuration.setHostname(nodeId);
        JobExecutor jobExecutor = configuration.getJobExecutor();
        if (jobExecutor != null) {
            jobExecutor.setLockOwner(nodeId);
        }
    }
}
