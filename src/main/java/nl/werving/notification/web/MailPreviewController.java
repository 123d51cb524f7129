package nl.werving.notification.web;

import java.util.Arrays;
import nl.werving.applicant.Language;
import nl.werving.notification.MessageType;
import nl.werving.notification.mail.MailTemplates;
import nl.werving.notification.mail.RenderedMail;
import nl.werving.notification.mail.SampleMailData;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code GET /api/mail/preview/{type}?lang=nl|en}: a template rendered with made-up data, for HR and recruiters. */
@RestController
class MailPreviewController {

    private final MailTemplates templates;

    MailPreviewController(MailTemplates templates) {
        this.templates = templates;
    }

    record MailPreview(String type, String language, String subject, String html, String text) {
    }

    @GetMapping("/api/mail/preview/{type}")
    MailPreview preview(@PathVariable String type, @RequestParam(defaultValue = "nl") String lang) {
        MessageType messageType = Arrays.stream(MessageType.values()).filter(value -> value.name().equals(type))
                .findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language language = Arrays.stream(Language.values()).filter(value -> value.code().equals(lang)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        RenderedMail rendered = templates.render(messageType, language, SampleMailData.variables(language));
        return new MailPreview(messageType.name(), language.code(), rendered.subject(), rendered.html(),
                rendered.text());
    }
}
