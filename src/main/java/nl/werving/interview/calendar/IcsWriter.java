package nl.werving.interview.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a {@link CalendarEvent} as RFC 5545 text (iTIP REQUEST or CANCEL) with ical4j: times in Europe/Amsterdam
 * with their VTIMEZONE, lines folded at 75 octets and text escaped by ical4j's outputter.
 */
public final class IcsWriter {

    /** The time zone of every interview's start and end. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String PRODUCT_ID = "-//Werving//Interview invitations//EN";
    // The current rules only: tzdata now links Europe/Amsterdam to Europe/Brussels, whose bundled VTIMEZONE
    // carries that name and a century of history that calendar clients do not need.
    private static final String VTIMEZONE_RESOURCE = "europe-amsterdam.ics";

    private IcsWriter() {
    }

    public static String write(CalendarEvent event) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(event.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(amsterdam());
        calendar.add(vevent(event));
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return ics.toString();
    }

    private static VEvent vevent(CalendarEvent event) {
        VEvent vevent = new VEvent(false)
                .add(new Uid(event.uid()))
                .add(new Sequence(event.sequence()))
                .add(new DtStamp(event.stamp()))
                .add(new DtStart<>(ZonedDateTime.ofInstant(event.start(), ZONE)))
                .add(new DtEnd<>(ZonedDateTime.ofInstant(event.end(), ZONE)))
                .add(new Summary(event.summary()))
                .add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED)
                .add(ImmutableTransp.OPAQUE)
                .add(new Organizer(mailto(event.organizer())));
        if (event.description() != null) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null) {
            vevent.add(new Location(event.location()));
            URI online = onlineMeeting(event.location());
            if (online != null) {
                vevent.add(new Url(online));
                vevent.add(new Conference(new ParameterList(List.of(Value.URI)), online.toString()));
            }
        }
        for (CalendarEvent.Participant participant : event.attendees()) {
            Attendee attendee = new Attendee(mailto(participant.email()))
                    .add(CuType.INDIVIDUAL)
                    .add(Role.REQ_PARTICIPANT)
                    .add(PartStat.NEEDS_ACTION)
                    .add(event.cancelled() ? Rsvp.FALSE : Rsvp.TRUE);
            if (participant.displayName() != null && !participant.displayName().isBlank()) {
                attendee.add(new Cn(participant.displayName()));
            }
            vevent.add(attendee);
        }
        return vevent;
    }

    /** The location as a URL when it is one (an online interview), else {@code null}. */
    static URI onlineMeeting(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || location.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        try {
            URI uri = new URI(location);
            return uri.getHost() == null ? null : uri;
        } catch (URISyntaxException exception) {
            return null;
        }
    }

    private static URI mailto(String address) {
        try {
            return new URI("mailto", address, null);
        } catch (URISyntaxException exception) {
            throw new IllegalArgumentException("Not an e-mail address", exception);
        }
    }

    private static VTimeZone amsterdam() {
        try (InputStream in = IcsWriter.class.getResourceAsStream(VTIMEZONE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VTIMEZONE_RESOURCE + " is missing from the classpath");
            }
            Calendar definition = new CalendarBuilder().build(in);
            return (VTimeZone) definition.getComponent("VTIMEZONE").orElseThrow();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        } catch (ParserException exception) {
            throw new IllegalStateException("Cannot read " + VTIMEZONE_RESOURCE, exception);
        }
    }
}
