package nl.werving.process.delegate;

import nl.werving.erasure.ErasedApplication;
import nl.werving.erasure.Erasure;
import nl.werving.erasure.ErasureReason;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Erases the application's personal data everywhere, in the step's transaction. The four erasure tasks of the
 * lifecycle share this bean and differ only in their task-local {@code erasureReason}, which the receipt records.
 */
@Component
class EraseApplicationDataDelegate implements JavaDelegate {

    private final Erasure erasure;

    EraseApplicationDataDelegate(Erasure erasure) {
        this.erasure = erasure;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ErasureReason reason = ErasureReason.valueOf(
                (String) execution.getVariableLocal(ApplicantDataLifecycle.LOCAL_ERASURE_REASON));
        erasure.erase(new ErasedApplication(ProcessVariables.applicationId(execution),
                execution.getProcessBusinessKey()), reason);
    }
}
