package nl.werving.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werving.applicant.Language;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailTransportTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MailTemplates templates = new MailTemplates(null);

    private SmtpMailTransport transport() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        return new SmtpMailTransport(sender, "noreply@werving.invalid");
    }

    @Test
    void everyTemplateArrivesInBothLanguagesAsHtmlWithAPlainTextAlternative() throws Exception {
        SmtpMailTransport transport = transport();
        Map<String, String> subjectByAddress = new HashMap<>();
        for (MessageType type : MessageType.values()) {
            for (RecipientKind kind : RecipientKind.values()) {
                if (!type.isFor(kind)) {
                    continue;
                }
                for (Language language : Language.values()) {
                    RenderedMail rendered = templates.render(type, kind, language, SampleMailData.variables(language));
                    String address = type + "." + kind + "." + language.code() + "@example.org";
                    transport.send(row(type), new OutgoingMail(List.of(address), rendered.subject(), rendered.html(),
                            rendered.text(), List.of()));
                    subjectByAddress.put(address, rendered.subject());
                }
            }
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(subjectByAddress.size());
        for (MimeMessage message : received) {
            String address = GreenMailUtil.getAddressList(message.getAllRecipients());
            assertThat(message.getSubject()).as("subject of the mail to " + address)
                    .isEqualTo(subjectByAddress.get(address));
            assertThat(message.getFrom()[0].toString()).isEqualTo("noreply@werving.invalid");
            assertThat(GreenMailUtil.getBody(message)).contains("multipart/alternative", "text/plain", "text/html");
        }
        assertThat(Arrays.stream(received).map(message -> {
            try {
                return GreenMailUtil.getAddressList(message.getAllRecipients());
            } catch (jakarta.mail.MessagingException exception) {
                throw new IllegalStateException(exception);
            }
        })).containsExactlyInAnyOrderElementsOf(subjectByAddress.keySet());
    }

    @Test
    void everyAttemptAtTheSameMailHasTheSameMessageIdAndOtherMailsAnother() throws Exception {
        SmtpMailTransport transport = transport();
        OutboxRow row = row(MessageType.APPLICATION_RECEIVED);
        OutgoingMail mail = new OutgoingMail(List.of("a@example.org"), "Subject", "<p>Hi</p>", "Hi", List.of());
        transport.send(row, mail);
        transport.send(row, mail);
        transport.send(row, new OutgoingMail(List.of("b@example.org"), "Subject", "<p>Hi</p>", "Hi", List.of()));
        transport.send(row(MessageType.APPLICATION_RECEIVED), mail);

        List<String> ids = Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getMessageID();
            } catch (jakarta.mail.MessagingException exception) {
                throw new IllegalStateException(exception);
            }
        }).toList();
        assertThat(ids).hasSize(4);
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).startsWith("<" + row.id() + ".").endsWith("@werving.invalid>");
        assertThat(ids.get(2)).as("another recipient").isNotEqualTo(ids.get(0));
        assertThat(ids.get(3)).as("another outbox message").isNotEqualTo(ids.get(0)).isNotEqualTo(ids.get(2));
    }

    @Test
    void attachmentsTravelAlong() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        transport().send(row(MessageType.INTERVIEW_INVITATION), new OutgoingMail(List.of("a@example.org"), "Subject",
                "<p>Hi</p>", "Hi", List.of(new OutgoingMail.Attachment("invite.ics",
                        "text/calendar; method=REQUEST; charset=UTF-8", ics))));

        MimeMessage message = smtp.getReceivedMessages()[0];
        Multipart mixed = (Multipart) message.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("invite.ics");
        assertThat(mixed.getBodyPart(1).getContentType()).startsWith("text/calendar");
    }

    private static OutboxRow row(MessageType type) {
        return new OutboxRow(UUID.randomUUID(), UUID.randomUUID(), type, 1, RecipientKind.CANDIDATE, null, 1);
    }
}
