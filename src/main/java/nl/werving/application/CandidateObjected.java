package nl.werving.application;

/**
 * The candidate objected to automated processing (GDPR art. 21): from now on people handle the application
 * without automated recommendations. Published once per application.
 */
public record CandidateObjected(ApplicationReference reference) {
}
