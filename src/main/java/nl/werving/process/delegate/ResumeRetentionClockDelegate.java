package nl.werving.process.delegate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.RetentionClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Releasing a legal hold restarts the retention clock with the time that was left when the hold was placed. A
 * consent given during the hold starts its new period now, at the release: time under the hold does not count.
 */
@Component
class ResumeRetentionClockDelegate implements JavaDelegate {

    private final Clock clock;

    ResumeRetentionClockDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        String retention = (String) execution.getVariable(ApplicantDataLifecycle.VAR_RETENTION_REMAINING);
        String renewal = (String) execution.getVariable(ApplicantDataLifecycle.VAR_RENEWAL_REMAINING);
        RetentionClock.setInstant(execution, ApplicantDataLifecycle.VAR_RETENTION_DUE_AT,
                now.plus(Duration.parse(retention)));
        RetentionClock.setInstant(execution, ApplicantDataLifecycle.VAR_RENEWAL_DUE_AT,
                renewal == null ? null : now.plus(Duration.parse(renewal)));
        if (execution.getVariable(ApplicantDataLifecycle.VAR_CONSENT_GIVEN_AT) != null) {
            RetentionClock.setInstant(execution, ApplicantDataLifecycle.VAR_RETENTION_STARTS_AT, now);
        }
        execution.setVariable(ApplicantDataLifecycle.VAR_RETENTION_REMAINING, null);
        execution.setVariable(ApplicantDataLifecycle.VAR_RENEWAL_REMAINING, null);
    }
}
