package nl.werving.assessment;

import nl.werving.application.ApplicationReference;

/**
 * Published inside the transaction that stored an application's first assessment result. The hiring process gets
 * the result later, in an engine job of its own, so a failure to pass it on never rolls the stored result back; a
 * listener that throws would, and the provider would get an error and retry. Never published for a duplicate.
 * {@code score} is the {@link AssessmentResult#judgedScore() judged score}.
 */
public record AssessmentResultReceived(ApplicationReference reference, Integer score) {
}
