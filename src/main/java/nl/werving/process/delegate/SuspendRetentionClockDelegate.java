package nl.werving.process.delegate;

import java.time.Clock;
import java.time.Instant;
import nl.werving.process.ApplicantDataLifecycle;
import nl.werving.process.RetentionClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A legal hold stops the retention clock: keeps what is left of the period and until the renewal request, and
 * forgets earlier consent changes, so that those during the hold can be told apart at its release.
 */
@Component
class SuspendRetentionClockDelegate implements JavaDelegate {

    private final Clock clock;

    SuspendRetentionClockDelegate(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        Instant due = RetentionClock.instant(execution, ApplicantDataLifecycle.VAR_RETENTION_DUE_AT);
        Instant renewal = RetentionClock.instant(execution, ApplicantDataLifecycle.VAR_RENEWAL_DUE_AT);
        execution.setVariable(ApplicantDataLifecycle.VAR_RETENTION_REMAINING,
                RetentionClock.remaining(now, due).toString());
        execution.setVariable(ApplicantDataLifecycle.VAR_RENEWAL_REMAINING,
                renewal == null ? null : RetentionClock.remaining(now, renewal).toString());
        execution.setVariable(ApplicantDataLifecycle.VAR_CONSENT_GIVEN_AT, null);
        execution.setVariable(ApplicantDataLifecycle.VAR_CONSENT_WITHDRAWN_AT, null);
    }
}
