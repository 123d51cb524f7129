package nl.werving.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The pieces tests need to send through a GreenMail SMTP server they start and stop themselves. */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** A mail sender for the SMTP server on this local port, giving up quickly when it is down. */
    public static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }

    /** A local port nothing listens on now, for a server the test starts (and may stop and start again) there. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }
}
