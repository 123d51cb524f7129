package nl.werving.process;

import nl.werving.application.UnknownApplicationException;
import nl.werving.datarequest.ErasureRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * An erasure request recorded as a data-subject request (the candidate confirmed it through the mailed link, or
 * staff recorded it) goes to the application's data lifecycle exactly like one made through the API: erased at
 * once, or refused under a legal hold with the candidate told why. When the lifecycle cannot take it (the data is
 * gone already, or the application predates lifecycles), that is logged; the request's own record stands.
 */
@Component
class ConfirmedErasureRequests {

    private static final Logger log = LoggerFactory.getLogger(ConfirmedErasureRequests.class);
    /** Tries when the engine is busy with the same application (an optimistic locking conflict). */
    private static final int ATTEMPTS = 5;

    private final ApplicantDataRequests requests;
    private final TransactionTemplate newTransaction;

    ConfirmedErasureRequests(ApplicantDataRequests requests, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * After the request's own transaction has committed: it is recorded inside an engine job, where the lifecycle's
     * state after ending a running procedure is not yet visible to the engine's queries; on its own, the request
     * sees the lifecycle as it is.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ErasureRequested requested) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                ApplicantDataRequests.ErasureRequestOutcome outcome = newTransaction.execute(
                        status -> requests.requestErasure(requested.reference()));
                log.info("Erasure request for application {}: {}", requested.applicationId(), outcome);
                return;
            } catch (UnknownApplicationException | ApplicantDataRequestRefusedException notPossible) {
                log.info("Erasure request for application {} not taken by its data lifecycle: {}",
                        requested.applicationId(), notPossible.getMessage());
                return;
            } catch (RuntimeException failed) {
                // Most often the engine worked on the same application at that moment; nothing was changed.
                if (attempt == ATTEMPTS) {
                    log.error("Erasure request for application {} failed {} times ({}); record it again through "
                            + "the erasure-request API", requested.applicationId(), ATTEMPTS,
                            failed.getClass().getSimpleName());
                    return;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
