package nl.werving.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through Spring's {@link JavaMailSender}: multipart/alternative with plain text and HTML, plus attachments.
 * Every attempt at the same mail (same outbox message, same recipients) carries the same {@code Message-ID}, so a
 * mail sent twice, by a node that died after the SMTP server took it but before it was marked sent, is one message
 * to mail stores that recognise duplicates by their Message-ID.
 */
public class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailTransport(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutboxRow row, OutgoingMail mail) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            for (OutgoingMail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            message.setHeader("X-Werving-Message-Id", row.id().toString());
            // JavaMailSenderImpl keeps a Message-ID set before sending.
            message.setHeader("Message-ID", messageId(row, mail));
        } catch (MessagingException exception) {
            throw new MailPreparationException("Could not build the message", exception);
        }
        sender.send(message);
    }

    /** {@code <message id.recipients' digest@sender's domain>}: the same for every attempt at the same mail. */
    String messageId(OutboxRow row, OutgoingMail mail) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", mail.to()).getBytes(StandardCharsets.UTF_8));
            return "<" + row.id() + "." + HexFormat.of().formatHex(digest, 0, 8) + "@" + domain() + ">";
        } catch (NoSuchAlgorithmException exception) {
            throw new IllegalStateException(exception);
        }
    }

    private String domain() {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "werving.invalid" : domain;
    }
}
