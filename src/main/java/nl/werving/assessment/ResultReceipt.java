package nl.werving.assessment;

/**
 * What became of a delivered result: the stored result, and whether this delivery was a duplicate of an earlier
 * one (then nothing changed and nothing was announced).
 */
public record ResultReceipt(AssessmentResult result, boolean duplicate) {
}
