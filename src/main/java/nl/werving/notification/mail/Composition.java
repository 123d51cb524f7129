package nl.werving.notification.mail;

import java.util.List;

/** What to do with a claimed message: send these mails, or skip it for a reason without personal data. */
public sealed interface Composition {

    record Send(List<OutgoingMail> mails) implements Composition {
    }

    record Skip(String reason) implements Composition {
    }
}
