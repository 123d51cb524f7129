package nl.werving.candidate;

import java.util.UUID;
import nl.werving.datarequest.DataRequestType;

/**
 * The candidate asked for a data request on the status page: a confirmation mail with a fresh single-use link goes
 * to the applicant's e-mail address; the request counts only once that link is used. {@code round} is the mail's
 * outbox round (see {@link DataRequestLinks#confirmationRound}).
 */
public record DataRequestConfirmationAsked(UUID applicationId, DataRequestType type, int round) {
}
