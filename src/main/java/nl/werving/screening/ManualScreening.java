package nl.werving.screening;

import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.stereotype.Component;

/**
 * Screening while no automated CV screening is configured: nothing is scored, so the screening decision
 * routes every application to a recruiter. Replaced by any other {@link ApplicationScreening} bean.
 */
@Component
@ConditionalOnMissingBean(value = ApplicationScreening.class, ignored = ManualScreening.class)
class ManualScreening implements ApplicationScreening {

    @Override
    public ScreeningOutcome screen(UUID applicationId) {
        return ScreeningOutcome.notScored();
    }
}
