package nl.werving.notification.mail;

/** Where rendered mails go: the SMTP server, or in demo mode without one, the development mailbox. */
public interface MailTransport {

    void send(OutboxRow row, OutgoingMail mail);
}
