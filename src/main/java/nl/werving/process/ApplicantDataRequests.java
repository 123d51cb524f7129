package nl.werving.process;

import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the data protection officer (legal holds), staff relaying a candidate (erasure requests) and a pending human
 * review of a contested decision (a hold of its own) ask of an application's {@code ApplicantDataLifecycle}. Each request is one transaction; a request the lifecycle cannot
 * take where it stands is refused with {@link ApplicantDataRequestRefusedException}, and nothing changes.
 */
@Service
public class ApplicantDataRequests {

    /** What became of an erasure request. */
    public enum ErasureRequestOutcome {
        /** The personal data was erased. */
        ERASED,
        /** A legal hold applies: nothing was erased, and the candidate is told why by mail. */
        REFUSED_LEGAL_HOLD
    }

    private final RuntimeService runtimeService;
    private final Applications applications;

    ApplicantDataRequests(RuntimeService runtimeService, Applications applications) {
        this.runtimeService = runtimeService;
        this.applications = applications;
    }

    /**
     * Stops the retention clock of an application whose procedure ended: nothing is erased until the hold is
     * released, and then the time that was left runs on.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws ApplicantDataRequestRefusedException when the procedure still runs, a hold applies already, or the
     *     data was erased
     */
    @Transactional
    public void placeLegalHold(ApplicationReference reference) {
        requireApplication(reference);
        if (onHoldForReview(reference)) {
            // The DPO takes over the hold a pending review placed: the review's end no longer releases it.
            forgetReviewHold(reference);
            return;
        }
        if (!correlate(ApplicantDataLifecycle.MESSAGE_LEGAL_HOLD_PLACED, reference)) {
            throw new ApplicantDataRequestRefusedException(whyNot(reference, "is on legal hold already"));
        }
    }

    /**
     * Stops the retention clock while a human review of a contested decision is pending, when it runs (the
     * procedure ended and no other hold applies); unlike the DPO's hold, the candidate's own erasure request still
     * erases. Nothing happens when the clock does not run.
     *
     * @return whether the hold was placed, to be released by {@link #releaseReviewHold}
     */
    @Transactional
    public boolean holdForReview(ApplicationReference reference) {
        boolean held = !runtimeService.createMessageCorrelation(ApplicantDataLifecycle.MESSAGE_LEGAL_HOLD_PLACED)
                .processInstanceBusinessKey(reference.value())
                .setVariable(ApplicantDataLifecycle.VAR_HOLD_FOR_REVIEW, true)
                .correlateAllWithResult().isEmpty();
        return held;
    }

    /**
     * Releases the hold {@link #holdForReview} placed, unless the DPO took it over or it was released meanwhile:
     * the retention clock runs on with the time that was left.
     */
    @Transactional
    public void releaseReviewHold(ApplicationReference reference) {
        if (onHoldForReview(reference)) {
            forgetReviewHold(reference);
            correlate(ApplicantDataLifecycle.MESSAGE_LEGAL_HOLD_RELEASED, reference);
        }
    }

    /**
     * Releases the legal hold: the retention clock runs on with the time that was left.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws ApplicantDataRequestRefusedException when no legal hold applies
     */
    @Transactional
    public void releaseLegalHold(ApplicationReference reference) {
        requireApplication(reference);
        forgetReviewHold(reference);
        if (!correlate(ApplicantDataLifecycle.MESSAGE_LEGAL_HOLD_RELEASED, reference)) {
            throw new ApplicantDataRequestRefusedException(whyNot(reference, "is not on legal hold"));
        }
    }

    /**
     * Erases the application's personal data at once (GDPR art. 17), unless a legal hold applies: then the
     * request is refused, the refusal is recorded in the lifecycle and the candidate is told why. A procedure that
     * still runs is ended first as a withdrawal, in the same transaction.
     *
     * @throws UnknownApplicationException when no application has the reference
     * @throws ApplicantDataRequestRefusedException when the application has no lifecycle that could erase it
     */
    @Transactional
    public ErasureRequestOutcome requestErasure(ApplicationReference reference) {
        Application application = requireApplication(reference);
        if (!application.hasEnded()) {
            applications.withdraw(reference);
        }
        if (onHoldForReview(reference)) {
            // A pending review holds the data for the candidate's sake; their own request to erase it comes first.
            releaseReviewHold(reference);
        }
        boolean onHold = isWaitingAt(reference, ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD);
        if (!correlate(ApplicantDataLifecycle.MESSAGE_ERASURE_REQUESTED, reference)) {
            throw new ApplicantDataRequestRefusedException(whyNot(reference, "cannot take an erasure request now"));
        }
        return onHold ? ErasureRequestOutcome.REFUSED_LEGAL_HOLD : ErasureRequestOutcome.ERASED;
    }

    private boolean onHoldForReview(ApplicationReference reference) {
        return lifecycle(reference).filter(instance -> isWaitingAt(reference, ApplicantDataLifecycle.TASK_ON_LEGAL_HOLD))
                .map(instance -> Boolean.TRUE.equals(runtimeService.getVariable(instance.getId(),
                        ApplicantDataLifecycle.VAR_HOLD_FOR_REVIEW)))
                .orElse(false);
    }

    private void forgetReviewHold(ApplicationReference reference) {
        lifecycle(reference).ifPresent(instance -> runtimeService.removeVariable(instance.getId(),
                ApplicantDataLifecycle.VAR_HOLD_FOR_REVIEW));
    }

    private java.util.Optional<ProcessInstance> lifecycle(ApplicationReference reference) {
        return java.util.Optional.ofNullable(runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference.value()).singleResult());
    }

    private Application requireApplication(ApplicationReference reference) {
        return applications.findByReference(reference).orElseThrow(UnknownApplicationException::new);
    }

    private boolean correlate(String message, ApplicationReference reference) {
        return !runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(reference.value())
                .correlateAllWithResult().isEmpty();
    }

    private boolean isWaitingAt(ApplicationReference reference, String activityId) {
        return runtimeService.createExecutionQuery().processDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference.value()).activityId(activityId).count() > 0;
    }

    private String whyNot(ApplicationReference reference, String otherwise) {
        ProcessInstance lifecycle = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ApplicantDataLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(reference.value()).singleResult();
        if (lifecycle == null) {
            return "The application has no running data lifecycle: its data was erased, or it was submitted "
                    + "before lifecycles existed.";
        }
        if (isWaitingAt(reference, ApplicantDataLifecycle.TASK_WAIT_FOR_PROCEDURE_END)) {
            return "The application's procedure has not ended; its retention clock has not started.";
        }
        return "The application " + otherwise + ".";
    }
}
