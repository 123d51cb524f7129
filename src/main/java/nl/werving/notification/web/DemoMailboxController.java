package nl.werving.notification.web;

import nl.werving.notification.mail.DemoMailbox;
import nl.werving.notification.mail.MailTransport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /demo/mailbox}: the mails demo mode kept instead of sending (administrators only); 404 otherwise. */
@Controller
class DemoMailboxController {

    private final MailTransport transport;

    DemoMailboxController(MailTransport transport) {
        this.transport = transport;
    }

    @GetMapping("/demo/mailbox")
    String mailbox(Model model) {
        if (!(transport instanceof DemoMailbox mailbox)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("mails", mailbox.mails());
        return "demo/mailbox";
    }
}
