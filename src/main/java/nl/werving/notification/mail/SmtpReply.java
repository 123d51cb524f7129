package nl.werving.notification.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.MailSendException;

/**
 * The SMTP server's reply code (and enhanced status code) behind a failed send, e.g. {@code SMTP 550 5.1.1}: what
 * an operator needs to tell a refused address from a full mailbox or a server that is down. The rest of the reply
 * is left out: servers quote the recipient's address in it.
 */
final class SmtpReply {

    private static final Pattern CODE = Pattern.compile("^\\s*([2-5]\\d\\d)(?:[ -]+([2-5]\\.\\d{1,3}\\.\\d{1,3}))?\\b");
    private static final int MAX_EXCEPTIONS = 20;

    private SmtpReply() {
    }

    /** The first reply code found in the exception, its causes, the messages it failed and their next exceptions. */
    static Optional<String> of(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.add(failure);
        while (!todo.isEmpty() && seen.size() < MAX_EXCEPTIONS) {
            Throwable next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            Matcher code = CODE.matcher(next.getMessage() == null ? "" : next.getMessage());
            if (code.find()) {
                return Optional.of("SMTP " + code.group(1) + (code.group(2) == null ? "" : " " + code.group(2)));
            }
            if (next instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(failed -> add(todo, failed));
            }
            if (next instanceof MessagingException messaging) {
                add(todo, messaging.getNextException());
            }
            add(todo, next.getCause());
        }
        return Optional.empty();
    }

    private static void add(Deque<Throwable> todo, Throwable next) {
        if (next != null) {
            todo.add(next);
        }
    }
}
