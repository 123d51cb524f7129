package nl.werving.assessment;

import nl.werving.application.ApplicationReference;

/**
 * Published inside the transaction that stored an application's first assessment result; a listener that throws
 * rolls the result back, and the provider gets an error and retries. Never published for a duplicate.
 */
public record AssessmentResultReceived(ApplicationReference reference, Integer score) {
}
