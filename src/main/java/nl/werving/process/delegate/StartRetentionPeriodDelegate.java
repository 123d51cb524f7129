package nl.werving.process.delegate;

import java.time.Instant;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.ProcessVariables;
import nl.werving.process.RetentionClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sets the retention timer from the decided period: the data is erased at the period's start plus the period; a
 * period that rests on consent also gets the moment to ask for its renewal, and is counted.
 */
@Component
class StartRetentionPeriodDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Instant start = RetentionClock.instant(execution, ApplicantDataLifecycle.VAR_RETENTION_STARTS_AT);
        Instant due = RetentionClock.plus(start,
                (String) execution.getVariable(ApplicantDataLifecycle.VAR_RETENTION_PERIOD));
        boolean consentBased = ProcessVariables.isTrue(execution, ApplicantDataLifecycle.VAR_CONSENT_BASED);
        RetentionClock.setInstant(execution, ApplicantDataLifecycle.VAR_RETENTION_DUE_AT, due);
        RetentionClock.setInstant(execution, ApplicantDataLifecycle.VAR_RENEWAL_DUE_AT,
                consentBased ? RetentionClock.renewalDue(start, due) : null);
        if (consentBased) {
            ProcessVariables.next(execution, ApplicantDataLifecycle.VAR_TALENT_POOL_PERIOD);
        }
    }
}
