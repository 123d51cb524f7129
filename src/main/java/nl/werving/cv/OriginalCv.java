package nl.werving.cv;

/** The CV document as the candidate uploaded it. Personal data: {@code toString} shows no content. */
public record OriginalCv(String contentType, byte[] content) {

    @Override
    public String toString() {
        return "OriginalCv[" + contentType + ", " + content.length + " bytes]";
    }
}
