package nl.werving.interview.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything one iCalendar message about an interview says, already chosen for its recipient: the attendees
 * listed are exactly those the recipient may see.
 *
 * @param uid the event's UID, the same in every message about the round
 * @param sequence the revision, higher in every update or cancellation than in the message it replaces
 * @param cancelled a cancellation (METHOD:CANCEL) instead of a request
 * @param location where, or a URL for an online interview; {@code null} when not given
 */
public record CalendarEvent(String uid, int sequence, boolean cancelled, Instant start, Instant end, String summary,
        String description, String location, String organizer, List<Participant> attendees, Instant stamp) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(stamp, "stamp");
        attendees = List.copyOf(attendees);
    }

    /** One attendee: an e-mail address and the name shown with it. */
    public record Participant(String email, String displayName) {

        public Participant {
            Objects.requireNonNull(email, "email");
        }
    }
}
