package nl.werving.cv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.werving.cv.CvRejectedException.Reason;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Detects a CV's type from its content and extracts its text with Apache Tika, within {@link CvProperties}' limits.
 * Only the parsers of the accepted types run, each on a thread of a bounded pool: at intake, an extraction that
 * exceeds the time limit is given up and the document accepted with its text pending; screening later extracts it
 * on a pool of its own, within the longer background time limit.
 * Embedded documents (attachments, OLE objects, images) are never parsed; PDF actions and scripts are never read;
 * Tika's XML parsing resolves no external entities; the zip parts of DOCX files are checked for zip bombs by POI.
 * Logs only types, sizes and reasons, never names or content.
 */
@Component
class CvInspector implements AutoCloseable {

    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    static final MediaType RTF = MediaType.application("rtf");
    static final MediaType TEXT = MediaType.TEXT_PLAIN;
    /** What Tika calls an OOXML document (DOCX) saved with a password: an encrypted package in an OLE2 file. */
    private static final MediaType PROTECTED_OOXML = MediaType.application("x-tika-ooxml-protected");

    static final String UNSUPPORTED_MESSAGE = "This type of file cannot be used as a CV. Please upload a PDF, Word "
            + "(.docx), OpenDocument (.odt), RTF or plain text file.";
    static final String TOO_LARGE_MESSAGE = "The CV file is too large. Please upload a file of at most %s.";
    static final String INVALID_FILE_NAME_MESSAGE = "The CV's file name is not a plain file name. Please give the "
            + "file a simple name, such as cv.pdf, and upload it again.";
    static final String EMPTY_MESSAGE = "The CV file is empty. Please upload your CV again.";
    static final String ENCRYPTED_MESSAGE = "The CV is protected with a password. Please upload a version without "
            + "password protection.";
    static final String UNREADABLE_MESSAGE = "The CV file could not be read; it may be damaged. Please save it "
            + "again, preferably as PDF or Word (.docx), and upload it once more.";
    static final String TOO_SLOW_MESSAGE = "Reading the CV took too long. Please upload a simpler version, "
            + "preferably a text-based PDF or Word (.docx) file.";
    static final String NO_TEXT_MESSAGE = "No text could be found in the CV; it may be a scan or a photo. Please "
            + "upload a text-based PDF or a Word (.docx) file.";

    private static final Logger log = LoggerFactory.getLogger(CvInspector.class);

    private static final EmbeddedDocumentExtractor NO_EMBEDDED_DOCUMENTS = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, ContentHandler handler, Metadata metadata,
                boolean outputHtml) {
            // embedded documents are never parsed
        }
    };

    private final CvProperties limits;
    private final Map<MediaType, Parser> parsers;
    private final Detector detector;
    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;
    private final ZipBombGuard zipBombGuard;
    private final ExtractionPool intake;
    private final ExtractionPool background;

    @Autowired
    CvInspector(CvProperties limits) {
        this(limits, Map.of(PDF, new PDFParser(), DOCX, new OOXMLParser(), ODT, new OpenDocumentParser(),
                RTF, new RTFParser(), TEXT, new TXTParser()));
    }

    /** With the given parser per accepted type (tests replace one to simulate a hostile document). */
    CvInspector(CvProperties limits, Map<MediaType, Parser> parsers) {
        this.limits = limits;
        this.parsers = Map.copyOf(parsers);
        this.mimeTypes = MimeTypes.getDefaultMimeTypes();
        this.detector = new DefaultDetector(mimeTypes);
        this.registry = mimeTypes.getMediaTypeRegistry();
        this.zipBombGuard = new ZipBombGuard(limits.zipMinInflateRatio(), limits.zipMaxEntrySize().toBytes());
        this.intake = new ExtractionPool(limits.concurrentExtractions(), "cv-extraction-");
        this.background = new ExtractionPool(limits.concurrentExtractions(), "cv-background-extraction-");
        // POI keeps these limits in static fields: they apply to every OOXML package the JVM opens.
        ZipSecureFile.setMinInflateRatio(limits.zipMinInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.zipMaxEntrySize().toBytes());
    }

    /**
     * Detects the type, runs the cheap checks and extracts the text, within the intake time limit. A document
     * refused by a check that finishes within the limit is rejected; one whose text is not extracted within it is
     * accepted with its text pending (and its type as detected, or {@code application/octet-stream} when even
     * detection did not finish), for screening to extract in the background.
     */
    InspectedCv inspect(byte[] content, String declaredFileName) {
        if (!isPlainFileName(declaredFileName)) {
            throw rejected(Reason.INVALID_FILE_NAME, INVALID_FILE_NAME_MESSAGE, null, content == null ? 0 : content.length);
        }
        if (content == null || content.length == 0) {
            throw rejected(Reason.EMPTY, EMPTY_MESSAGE, null, 0);
        }
        if (content.length > limits.maxSize().toBytes()) {
            throw rejected(Reason.TOO_LARGE, TOO_LARGE_MESSAGE.formatted(readable(limits.maxSize().toBytes())), null,
                    content.length);
        }
        AtomicReference<MediaType> checkedType = new AtomicReference<>();
        Future<InspectedCv> extraction = intake.start(() -> detectAndExtract(content, declaredFileName, checkedType),
                limits.timeLimit());
        if (extraction == null) {
            log.warn("CV refused: all {} extraction slots stayed busy", limits.concurrentExtractions());
            throw new CvIntakeBusyException();
        }
        try {
            return await(extraction, limits.timeLimit());
        } catch (TimeoutException timeout) {
            extraction.cancel(true);
            MediaType type = checkedType.get();
            log.info("CV accepted with its text pending: {} bytes, detected type {}, not extracted within {}",
                    content.length, type == null ? "-" : type, limits.timeLimit());
            return InspectedCv.pending(type == null ? MediaType.OCTET_STREAM.toString() : type.toString(),
                    sha256(content), content);
        }
    }

    /**
     * Detects the type of a document accepted with its text pending and extracts its text, within the background
     * time limit, on threads apart from intake's.
     *
     * @throws CvRejectedException when the document turns out unreadable or its extraction exceeds the limit
     * @throws IllegalStateException when every background slot stays busy for the limit (worth trying again)
     */
    InspectedCv extractPending(byte[] content) {
        Future<InspectedCv> extraction = background.start(
                () -> detectAndExtract(content, null, new AtomicReference<>()), limits.backgroundTimeLimit());
        if (extraction == null) {
            log.warn("Background CV extraction postponed: all {} slots stayed busy", limits.concurrentExtractions());
            throw new IllegalStateException("Every background CV extraction slot stayed busy");
        }
        try {
            return await(extraction, limits.backgroundTimeLimit());
        } catch (TimeoutException timeout) {
            extraction.cancel(true);
            throw rejected(Reason.UNREADABLE, TOO_SLOW_MESSAGE, null, content.length);
        } catch (CvRejectedException rejection) {
            if (rejection.getCause() instanceof InterruptedException interrupted) {
                // the caller was stopped (for example at shutdown): nothing is known about the document yet
                throw new IllegalStateException("Background CV extraction interrupted", interrupted);
            }
            throw rejection;
        }
    }

    private static InspectedCv await(Future<InspectedCv> extraction, Duration limit) throws TimeoutException {
        try {
            return extraction.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            extraction.cancel(true);
            Thread.currentThread().interrupt();
            throw new CvRejectedException(Reason.UNREADABLE, UNREADABLE_MESSAGE, interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof CvRejectedException rejection) {
                throw rejection;
            }
            log.warn("CV extraction failed unexpectedly ({})", failed.getCause().getClass().getName());
            throw new CvRejectedException(Reason.UNREADABLE, UNREADABLE_MESSAGE, failed.getCause());
        }
    }

    private InspectedCv detectAndExtract(byte[] content, String declaredFileName,
            AtomicReference<MediaType> checkedType) {
        MediaType type = detect(content, declaredFileName);
        if (PROTECTED_OOXML.equals(type)) {
            throw rejected(Reason.ENCRYPTED, ENCRYPTED_MESSAGE, type, content.length);
        }
        Parser parser = parsers.get(type);
        if (parser == null) {
            throw rejected(Reason.UNSUPPORTED_TYPE, UNSUPPORTED_MESSAGE, type, content.length);
        }
        if ((DOCX.equals(type) || ODT.equals(type)) && isZipBomb(content)) {
            throw rejected(Reason.UNREADABLE, UNREADABLE_MESSAGE, type, content.length);
        }
        checkedType.set(type);
        String text = clean(extract(parser, type, content));
        if (text.isBlank()) {
            throw rejected(Reason.NO_TEXT, NO_TEXT_MESSAGE, type, content.length);
        }
        return new InspectedCv(type.toString(), sha256(content), content, text);
    }

    /**
     * The type the content shows. The declared file name is only a hint, taken when it names a more specific type
     * of what the content already shows; content Tika does not recognise stays unrecognised whatever its name.
     * The content is examined once: the name's type comes from the file name patterns alone, which is what Tika's
     * detection adds when given the name.
     */
    private MediaType detect(byte[] content, String declaredFileName) {
        MediaType byContent = detect(content);
        if (MediaType.OCTET_STREAM.equals(byContent) || declaredFileName == null || declaredFileName.isBlank()) {
            return byContent;
        }
        MediaType byName = mimeTypes.getMimeType(declaredFileName).getType();
        return registry.isSpecializationOf(byName, byContent) ? byName : byContent;
    }

    private MediaType detect(byte[] content) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return detector.detect(stream, new Metadata()).getBaseType();
        } catch (IOException | RuntimeException unreadable) {
            log.info("CV type detection failed ({})", unreadable.getClass().getName());
            throw new CvRejectedException(Reason.UNREADABLE, UNREADABLE_MESSAGE, unreadable);
        }
    }

    private String extract(Parser parser, MediaType type, byte[] content) {
        StringWriter text = new StringWriter();
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            SecureContentHandler handler = new SecureContentHandler(
                    new BodyContentHandler(new WriteOutContentHandler(text, limits.maxCharacters())), stream);
            handler.setMaximumDepth(limits.maxNestingDepth());
            Metadata metadata = new Metadata();
            metadata.set(Metadata.CONTENT_TYPE, type.toString());
            try {
                parser.parse(stream, handler, metadata, parseContext());
            } catch (SAXException failure) {
                handler.throwIfCauseOf(failure);
                throw failure;
            }
            return text.toString();
        } catch (Exception | StackOverflowError failure) {
            if (WriteLimitReachedException.isWriteLimitReached(failure)) {
                return text.toString();
            }
            if (isEncryption(failure)) {
                throw rejected(Reason.ENCRYPTED, ENCRYPTED_MESSAGE, type, content.length);
            }
            if (Thread.currentThread().isInterrupted()) {
                // given up by the caller, who logs what it decided
                throw new CvRejectedException(Reason.UNREADABLE, TOO_SLOW_MESSAGE, failure);
            }
            log.info("CV rejected: {} of {} bytes could not be parsed ({})", type, content.length,
                    failure.getClass().getName());
            throw new CvRejectedException(Reason.UNREADABLE, UNREADABLE_MESSAGE, failure);
        }
    }

    private boolean isZipBomb(byte[] content) {
        try {
            return zipBombGuard.isBomb(content);
        } catch (InterruptedIOException interrupted) {
            throw new CvRejectedException(Reason.UNREADABLE, TOO_SLOW_MESSAGE, interrupted);
        }
    }

    private ParseContext parseContext() {
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_DOCUMENTS);
        context.set(Parser.class, EmptyParser.INSTANCE);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractActions(false);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAcroFormContent(true);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        office.setExtractMacros(false);
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private static boolean isEncryption(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EncryptedDocumentException
                    || cause instanceof org.apache.poi.EncryptedDocumentException
                    || cause instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return true;
            }
        }
        return false;
    }

    /** Without control characters other than tab and line breaks (PostgreSQL cannot store NUL in text). */
    static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c))
                .forEach(cleaned::appendCodePoint);
        return cleaned.toString().strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    private static String readable(long bytes) {
        long megabytes = bytes / (1024 * 1024);
        return megabytes > 0 && bytes % (1024 * 1024) == 0 ? megabytes + " MB" : (bytes / 1024) + " KB";
    }

    /**
     * A browser sends only a file's own name. A name with a folder in it, only dots, or control characters is
     * crafted: the name is never stored or used as a path, but such an upload is refused all the same.
     */
    static boolean isPlainFileName(String name) {
        if (name == null) {
            return true;
        }
        return name.length() <= 255 && !name.contains("/") && !name.contains("\\") && !name.matches("\\.+")
                && name.codePoints().noneMatch(Character::isISOControl);
    }

    private static CvRejectedException rejected(Reason reason, String message, MediaType type, int size) {
        log.info("CV rejected: {} (detected type {}, {} bytes)", reason, type == null ? "-" : type, size);
        return new CvRejectedException(reason, message);
    }

    @Override
    public void close() {
        intake.shutdownNow();
        background.shutdownNow();
    }

    /**
     * A fixed pool with one slot per thread. A slot is taken before a task is submitted and given back when the task
     * really ends (also when it was cancelled before it started), not when the caller stops waiting, so documents
     * that ignore cancellation can never take more threads.
     */
    private static final class ExtractionPool extends ThreadPoolExecutor {

        private final Semaphore slots;

        ExtractionPool(int threads, String threadName) {
            super(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), new Threads(threadName));
            this.slots = new Semaphore(threads);
        }

        /** The started task, or {@code null} when no slot came free within the wait. */
        <T> Future<T> start(Callable<T> task, Duration wait) {
            try {
                if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    return null;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
            try {
                return submit(task);
            } catch (RuntimeException notStarted) {
                slots.release();
                throw notStarted;
            }
        }

        @Override
        protected void afterExecute(Runnable task, Throwable failure) {
            slots.release();
        }
    }

    private static final class Threads implements ThreadFactory {

        private final String name;
        private final AtomicInteger count = new AtomicInteger();

        Threads(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
