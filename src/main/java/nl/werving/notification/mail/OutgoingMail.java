package nl.werving.notification.mail;

import java.util.List;
import java.util.Objects;

/** A rendered mail ready to go out. Personal data: never logged, never stored outside demo mode. */
public record OutgoingMail(List<String> to, String subject, String html, String text, List<Attachment> attachments) {

    public OutgoingMail {
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
    }

    /** A file sent along, e.g. a calendar invitation. */
    public record Attachment(String filename, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "Attachment[" + filename + "]";
        }
    }

    @Override
    public String toString() {
        return "OutgoingMail[" + to.size() + " recipient(s), " + attachments.size() + " attachment(s)]";
    }
}
