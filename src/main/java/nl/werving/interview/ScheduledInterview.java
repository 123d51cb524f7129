package nl.werving.interview;

import java.time.Instant;

/**
 * An interview round whose slot the candidate chose: when it starts and ends, and where (an address or a video
 * link; null when the recruiter gave none), and whether it was cancelled after all.
 */
public record ScheduledInterview(int round, Instant startsAt, Instant endsAt, String location, boolean cancelled) {
}
