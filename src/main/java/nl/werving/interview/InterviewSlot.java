package nl.werving.interview;

import java.time.Instant;

/** A slot of an interview round as the candidate sees it: its number (from 1, in the order proposed), start and end. */
public record InterviewSlot(int number, Instant startsAt, Instant endsAt) {
}
