package nl.werving.process;

import java.util.Map;
import nl.werving.application.ApplicationIntakePausedException;
import nl.werving.application.ApplicationSubmitted;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts one hiring process and one applicant data lifecycle per submitted application, inside the submitting
 * transaction, each with the application reference as business key and only ids as variables. When no active
 * process definition can take the application, the submission fails as a whole and the candidate is told to try
 * later: no application is stored without the lifecycle that erases it.
 */
@Component
class HiringProcessStarter {

    private final RuntimeService runtimeService;

    HiringProcessStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        try {
            runtimeService.startProcessInstanceByKey(HiringProcess.PROCESS_KEY, submitted.reference().value(),
                    HiringProcess.startVariables(submitted.applicationId(), submitted.vacancyId()));
            runtimeService.startProcessInstanceByKey(ApplicantDataLifecycle.PROCESS_KEY, submitted.reference().value(),
                    Map.of(ApplicantDataLifecycle.VAR_APPLICATION_ID, submitted.applicationId().toString()));
        } catch (SuspendedEntityInteractionException | NotFoundException exception) {
            throw new ApplicationIntakePausedException("The hiring process or the applicant data lifecycle is suspended or not deployed", exception);
        }
    }
}
