package nl.werving.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpReplyTests {

    @Test
    void theReplyCodeOfARefusedRecipientWithoutTheAddress() {
        SendFailedException refused = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <jan.marker@example.org>: Recipient address rejected"));
        MailSendException failure = new MailSendException(Map.of(new Object(), refused));

        assertThat(SmtpReply.of(failure)).contains("SMTP 550 5.1.1");
    }

    @Test
    void aCodeWithoutEnhancedStatusAndNoCodeAtAll() {
        assertThat(SmtpReply.of(new RuntimeException(new MessagingException("421 Service not available"))))
                .contains("SMTP 421");
        assertThat(SmtpReply.of(new MailSendException("Mail server connection failed"))).isEmpty();
    }
}
