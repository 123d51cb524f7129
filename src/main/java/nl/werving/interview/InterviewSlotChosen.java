package nl.werving.interview;

import java.time.OffsetDateTime;
import nl.werving.application.ApplicationReference;

/** The candidate chose one of the proposed slots for an interview round. Times are in UTC. */
public record InterviewSlotChosen(ApplicationReference reference, int round, OffsetDateTime startsAt,
        OffsetDateTime endsAt) {
}
