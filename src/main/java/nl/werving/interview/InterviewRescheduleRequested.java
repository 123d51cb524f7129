package nl.werving.interview;

import nl.werving.application.ApplicationReference;

/**
 * The candidate or a recruiter asked to move the scheduled interview of a round: the recruiter is to propose new
 * slots for the same round.
 */
public record InterviewRescheduleRequested(ApplicationReference reference, int round) {
}
