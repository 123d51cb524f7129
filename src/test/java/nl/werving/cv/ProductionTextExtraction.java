package nl.werving.cv;

/**
 * CV text extraction exactly as CV intake does it in production ({@link CvInspector} with the default
 * {@link CvProperties}: type detection, the explicit parser per type, its parser settings, the limits and the
 * extraction thread), for benchmarks outside this package.
 */
public final class ProductionTextExtraction implements AutoCloseable {

    private final CvInspector inspector = new CvInspector(CvProperties.defaults());

    /** The text CV intake stores for the document. */
    public String text(byte[] document, String fileName) {
        return inspector.inspect(document, fileName).text();
    }

    @Override
    public void close() {
        inspector.close();
    }
}
