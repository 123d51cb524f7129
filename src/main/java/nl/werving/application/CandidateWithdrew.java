package nl.werving.application;

/**
 * The candidate withdrew their application (asked through a recruiter, by phone or mail). Published once per
 * application, inside the transaction that recorded the request; the hiring process ends the procedure.
 */
public record CandidateWithdrew(ApplicationReference reference) {
}
