package nl.werving.process.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of what the engine records and logs about a failed job. A delegate, listener or
 * expression that fails inside a job (an asynchronous continuation or a timer) fails with a {@link RedactedFailure}
 * instead of its own exception, so the engine's command log and job executor log, the job's exception message and
 * stack trace, the job log and the incident see class names, codes and ids only. Failures that arise outside
 * delegate code (for example when the transaction commits) are redacted on their way into the failed job, the job
 * log and the incident; the log prints every stack trace without messages anyway ({@code logback-spring.xml}). A {@link BpmnError} (a modelled business outcome) and
 * an {@link OptimisticLockingException} (retried by the engine) pass unchanged. Failures of a person's own request
 * (completing a task) are answered to that person and not redacted.
 */
@Component
class PrivateFailuresPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DelegateInterceptor delegates = configuration.getDelegateInterceptor();
        configuration.setDelegateInterceptor(invocation -> invokeRedactingInJobs(delegates, invocation));
        FailedJobCommandFactory failedJobs = configuration.getFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, failure) -> failedJobs.getCommand(jobId, redacted(failure)));
    }

    private static void invokeRedactingInJobs(DelegateInterceptor delegates, DelegateInvocation invocation)
            throws Exception {
        try {
            delegates.handleInvocation(invocation);
        } catch (Exception failure) {
            CommandContext command = Context.getCommandContext();
            if (command == null || command.getCurrentJob() == null || passesUnchanged(failure)) {
                throw failure;
            }
            throw FailureRedaction.redact(failure);
        }
    }

    private static Throwable redacted(Throwable failure) {
        return failure == null || passesUnchanged(failure) ? failure : FailureRedaction.redact(failure);
    }

    private static boolean passesUnchanged(Throwable failure) {
        return failure instanceof BpmnError || failure instanceof OptimisticLockingException;
    }
}
