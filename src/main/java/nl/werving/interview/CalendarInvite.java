package nl.werving.interview;

/**
 * One iCalendar attachment (RFC 5545, iTIP) for one recipient.
 *
 * @param filename the attachment's file name
 * @param contentType the MIME type with its {@code method} parameter, as calendar clients expect it on the part
 * @param ics the calendar text, with CRLF line endings
 */
public record CalendarInvite(Recipient recipient, String filename, String contentType, String ics) {

    @Override
    public String toString() {
        return "CalendarInvite[" + filename + ", " + recipient + "]";
    }
}
