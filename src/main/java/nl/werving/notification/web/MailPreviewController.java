package nl.werving.notification.web;

import java.util.Arrays;
import java.util.Locale;
import nl.werving.applicant.Language;
import nl.werving.notification.MessageType;
import nl.werving.notification.RecipientKind;
import nl.werving.notification.mail.MailTemplates;
import nl.werving.notification.mail.RenderedMail;
import nl.werving.notification.mail.SampleMailData;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/mail/preview/{type}?lang=nl|en&recipient=candidate|staff}: a template rendered with made-up
 * data, for HR and recruiters. Without {@code recipient}, the candidate's version when the type has one.
 */
@RestController
class MailPreviewController {

    private final MailTemplates templates;

    MailPreviewController(MailTemplates templates) {
        this.templates = templates;
    }

    record MailPreview(String type, String recipient, String language, String subject, String html, String text) {
    }

    @GetMapping("/api/mail/preview/{type}")
    MailPreview preview(@PathVariable String type, @RequestParam(defaultValue = "nl") String lang,
            @RequestParam(required = false) String recipient) {
        MessageType messageType = Arrays.stream(MessageType.values()).filter(value -> value.name().equals(type))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No mail type " + type + "; known types: " + Arrays.toString(MessageType.values())));
        Language language = Arrays.stream(Language.values()).filter(value -> value.code().equals(lang)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "lang must be nl or en, not " + lang));
        RecipientKind kind = recipient(messageType, recipient);
        RenderedMail rendered = templates.render(messageType, kind, language, SampleMailData.variables(language));
        return new MailPreview(messageType.name(), kind.name().toLowerCase(Locale.ROOT), language.code(),
                rendered.subject(), rendered.html(), rendered.text());
    }

    private static RecipientKind recipient(MessageType type, String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return type.isFor(RecipientKind.CANDIDATE) ? RecipientKind.CANDIDATE : RecipientKind.STAFF;
        }
        RecipientKind kind = Arrays.stream(RecipientKind.values())
                .filter(value -> value.name().equalsIgnoreCase(recipient)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "recipient must be candidate or staff, not " + recipient));
        if (!type.isFor(kind)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, type + " is not a message to " + recipient);
        }
        return kind;
    }
}
