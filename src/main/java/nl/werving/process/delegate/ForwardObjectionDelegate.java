package nl.werving.process.delegate;

import nl.werving.application.ApplicationAlreadyEndedException;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records the objection to automated processing (Art. 21) with the application, which delivers the message
 * {@code CandidateObjected} to the hiring process (an objection made through the candidate's link is recorded
 * already; recording it again changes nothing). After the procedure ended there is no processing left to object
 * to, and the request is simply completed.
 */
@Component
class ForwardObjectionDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(ForwardObjectionDelegate.class);

    private final Applications applications;

    ForwardObjectionDelegate(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            applications.objectToAutomatedProcessing(new ApplicationReference(execution.getProcessBusinessKey()));
        } catch (ApplicationAlreadyEndedException ended) {
            log.info("Objection of application {} arrived after its procedure ended; nothing left to object to",
                    execution.getProcessBusinessKey());
        }
    }
}
