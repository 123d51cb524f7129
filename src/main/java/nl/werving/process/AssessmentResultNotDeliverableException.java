package nl.werving.process;

import nl.werving.application.ApplicationReference;
import nl.werving.process.engine.PersonalDataFreeFailure;

/**
 * The hiring process of an application cannot take its assessment result now. The message names the reference
 * only, as it becomes the incident message operators see; the cause, if any, is in the stack trace.
 */
public class AssessmentResultNotDeliverableException extends RuntimeException implements PersonalDataFreeFailure {

    AssessmentResultNotDeliverableException(ApplicationReference reference) {
        super("The hiring process of application " + reference.value()
                + " does not wait for its assessment result (not there yet, or suspended)");
    }

    public AssessmentResultNotDeliverableException(ApplicationReference reference, RuntimeException cause) {
        super("The assessment result of application " + reference.value()
                + " could not be passed on to its hiring process (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
