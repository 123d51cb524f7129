package nl.werving.notification.mail;

/** A template rendered: the subject (the text template's first line), the HTML and the plain-text body. */
public record RenderedMail(String subject, String html, String text) {

    @Override
    public String toString() {
        return "RenderedMail[...]";
    }
}
