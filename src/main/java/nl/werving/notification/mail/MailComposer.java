package nl.werving.notification.mail;

/** Turns a claimed outbox row into mails, from the data that exists when it is sent. */
public interface MailComposer {

    Composition compose(OutboxRow row);
}
