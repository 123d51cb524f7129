package nl.werving.cv;

import java.util.Objects;

/**
 * A CV document that passed inspection: its type as detected from the content, its SHA-256 hash, its size, the
 * original bytes and the extracted text. The text is {@code null} when it was not extracted within the intake time
 * limit ({@link #textPending()}); screening extracts it later. Personal data: {@code toString} shows neither content
 * nor text.
 */
public record InspectedCv(String contentType, String sha256, byte[] content, String text) {

    public InspectedCv {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    /** A document accepted before its text could be extracted. */
    static InspectedCv pending(String contentType, String sha256, byte[] content) {
        return new InspectedCv(contentType, sha256, content, null);
    }

    /** Whether the text is still to be extracted, in the background. */
    public boolean textPending() {
        return text == null;
    }

    @Override
    public String toString() {
        return "InspectedCv[" + contentType + ", " + content.length + " bytes" + (textPending() ? ", text pending" : "")
                + "]";
    }
}
