package nl.werving.application;

import java.util.UUID;

/** A hired candidate is handed over to onboarding; the applicant copy of their data is not kept. */
public record CandidateHired(UUID applicationId, ApplicationReference reference) {
}
