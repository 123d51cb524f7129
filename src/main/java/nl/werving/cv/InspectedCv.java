package nl.werving.cv;

import java.util.Objects;

/**
 * A CV document that passed inspection: its type as detected from the content, its SHA-256 hash, its size, the
 * original bytes and the extracted text. Personal data: {@code toString} shows neither content nor text.
 */
public record InspectedCv(String contentType, String sha256, byte[] content, String text) {

    public InspectedCv {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "InspectedCv[" + contentType + ", " + content.length + " bytes]";
    }
}
