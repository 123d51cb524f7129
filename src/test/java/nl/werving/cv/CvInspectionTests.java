package nl.werving.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.werving.cv.CvRejectedException.Reason;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.TXTParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;
import org.xml.sax.ContentHandler;

class CvInspectionTests {

    private CvInspector inspector = new CvInspector(CvProperties.defaults());

    @AfterEach
    void closeInspector() {
        inspector.close();
    }

    static Stream<Arguments> documentsOfEveryAcceptedType() {
        return Stream.of(
                Arguments.of("cv.pdf", (Supplier<byte[]>) CvFixtures::pdf, "application/pdf"),
                Arguments.of("cv.docx", (Supplier<byte[]>) CvFixtures::docx,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                Arguments.of("cv.odt", (Supplier<byte[]>) CvFixtures::odt, "application/vnd.oasis.opendocument.text"),
                Arguments.of("cv.rtf", (Supplier<byte[]>) CvFixtures::rtf, "application/rtf"),
                Arguments.of("cv.txt", (Supplier<byte[]>) CvFixtures::text, "text/plain"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsOfEveryAcceptedType")
    void theTextOfEveryAcceptedTypeIsExtracted(String fileName, Supplier<byte[]> document, String type) throws Exception {
        byte[] content = document.get();

        InspectedCv cv = inspector.inspect(content, fileName);

        assertThat(cv.contentType()).isEqualTo(type);
        assertThat(cv.text()).contains(CvFixtures.FIRST_PAGE, CvFixtures.SECOND_PAGE);
        assertThat(cv.content()).isEqualTo(content);
        assertThat(cv.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentsOfEveryAcceptedType")
    void theTypeComesFromTheContentWhateverTheFileIsCalled(String fileName, Supplier<byte[]> document, String type) {
        assertThat(inspector.inspect(document.get(), "cv.exe").contentType()).isEqualTo(type);
        assertThat(inspector.inspect(document.get(), null).contentType()).isEqualTo(type);
    }

    @Test
    void aPdfNamedLikeAWordDocumentIsTakenAsPdf() {
        InspectedCv cv = inspector.inspect(CvFixtures.pdf(), "cv.docx");

        assertThat(cv.contentType()).isEqualTo("application/pdf");
        assertThat(cv.text()).contains(CvFixtures.FIRST_PAGE);
    }

    @Test
    void aFileNameNarrowsTheTypeTheContentShowsButNeverWidensIt() {
        CvRejectedException commaSeparated = rejection(CvFixtures.text(), "cv.csv");

        assertThat(commaSeparated.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(inspector.inspect(CvFixtures.text(), "cv.pdf").contentType()).isEqualTo("text/plain");
        assertThat(inspector.inspect(CvFixtures.text(), "cv").contentType()).isEqualTo("text/plain");
    }

    @Test
    void accentedLettersOfAPlainTextSurvive() {
        assertThat(inspector.inspect(CvFixtures.text(), "cv.txt").text()).contains("Café-ervaring, één jaar in België");
    }

    static Stream<Arguments> otherFilesNamedLikeAPdf() {
        return Stream.of(
                Arguments.of("a Windows executable", CvFixtures.windowsExecutable()),
                Arguments.of("a ZIP archive", CvFixtures.zip()),
                Arguments.of("a PNG picture", CvFixtures.png()),
                Arguments.of("HTML", "<!DOCTYPE html><html><body><p>CV</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("random bytes", randomBytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherFilesNamedLikeAPdf")
    void anyOtherTypeIsUnsupportedEvenWhenNamedLikeAPdf(String description, byte[] content) {
        CvRejectedException rejection = rejection(content, "cv.pdf");

        assertThat(rejection.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(rejection.getMessage()).contains("PDF", "Word (.docx)").doesNotContain("cv.pdf");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        assertThat(rejection(new byte[0], "cv.pdf").reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void aFileAboveTheMaximumSizeIsTooLarge() {
        CvRejectedException fifty = rejection(CvFixtures.ofSize(50 * 1024 * 1024), "cv.pdf");
        CvRejectedException justOver = rejection(CvFixtures.ofSize(10 * 1024 * 1024 + 1), "cv.pdf");

        assertThat(fifty.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(fifty.getMessage()).contains("10 MB");
        assertThat(justOver.reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aPasswordProtectedPdfAsksForAnUnprotectedFile() {
        CvRejectedException rejection = rejection(CvFixtures.encryptedPdf(), "cv.pdf");

        assertThat(rejection.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(rejection.getMessage()).contains("password").contains("without password protection");
    }

    @Test
    void aPasswordProtectedWordDocumentAsksForAnUnprotectedFile() {
        assertThat(rejection(CvFixtures.encryptedDocx(), "cv.docx").reason()).isEqualTo(Reason.ENCRYPTED);
    }

    @Test
    void aScannedPdfWithoutTextSuggestsATextBasedFile() {
        CvRejectedException rejection = rejection(CvFixtures.scannedPdf(), "scan.pdf");

        assertThat(rejection.reason()).isEqualTo(Reason.NO_TEXT);
        assertThat(rejection.getMessage()).contains("text-based PDF");
    }

    @Test
    void aCorruptPdfIsUnreadable() {
        byte[] pdf = CvFixtures.pdf();
        byte[] truncated = java.util.Arrays.copyOf(pdf, 200);

        assertThat(rejection(truncated, "cv.pdf").reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void aCorruptWordDocumentIsUnreadable() {
        byte[] docx = CvFixtures.docx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);

        CvRejectedException rejection = rejection(truncated, "cv.docx");

        assertThat(rejection.reason()).isIn(Reason.UNREADABLE, Reason.UNSUPPORTED_TYPE);
    }

    static Stream<Arguments> zipBombs() {
        return Stream.of(Arguments.of("cv.docx", CvFixtures.zipBombDocx()), Arguments.of("cv.odt", CvFixtures.zipBombOdt()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zipBombs")
    void aZipBombIsRefusedAsUnreadable(String fileName, byte[] bomb) {
        assertThat(bomb.length).isLessThan(1024 * 1024);

        CvRejectedException rejection = rejection(bomb, fileName);

        assertThat(rejection.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(rejection.getMessage()).doesNotContainIgnoringCase("zip").doesNotContainIgnoringCase("bomb");
    }

    @Test
    void externalEntitiesInAWordDocumentAreNeverResolved(@TempDir Path directory) throws Exception {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, "XXE-MARKER-7f3a");

        InspectedCv cv = inspector.inspect(CvFixtures.docxWithExternalEntity(secret), "cv.docx");

        assertThat(cv.text()).contains(CvFixtures.FIRST_PAGE).doesNotContain("XXE-MARKER-7f3a");
    }

    @Test
    void aPdfWithJavaScriptStillYieldsItsText() {
        InspectedCv cv = inspector.inspect(CvFixtures.pdfWithJavaScript(), "cv.pdf");

        assertThat(cv.text()).contains(CvFixtures.FIRST_PAGE, CvFixtures.SECOND_PAGE)
                .doesNotContain("app.alert").doesNotContain("exportDataObject");
    }

    @Test
    void textBeyondTheCharacterLimitIsDroppedAndTheDocumentKept() {
        inspector.close();
        inspector = new CvInspector(limits(1_000, Duration.ofSeconds(10), 2, 100));
        byte[] longText = (CvFixtures.FIRST_PAGE + "\n" + "Ervaring. ".repeat(30_000)).getBytes(StandardCharsets.UTF_8);

        InspectedCv cv = inspector.inspect(longText, "cv.txt");

        assertThat(cv.text()).startsWith(CvFixtures.FIRST_PAGE).hasSizeLessThanOrEqualTo(1_000).hasSizeGreaterThan(900);
    }

    @Test
    void documentsNestedDeeperThanAllowedAreUnreadable() {
        inspector.close();
        inspector = new CvInspector(limits(200_000, Duration.ofSeconds(10), 2, 20));

        assertThat(inspector.inspect(CvFixtures.odtWithNestedLists(3), "cv.odt").text()).contains(CvFixtures.FIRST_PAGE);
        assertThat(rejection(CvFixtures.odtWithNestedLists(40), "cv.odt").reason()).isEqualTo(Reason.UNREADABLE);
    }

    @Test
    void controlCharactersOtherThanTabsAndLineBreaksAreRemovedFromTheText() {
        assertThat(CvInspector.clean("  Naam\u0000 en\u0007 ervaring\tmet\r\nJava\u001b.\n"))
                .isEqualTo("Naam en ervaring\tmet\r\nJava.");
    }

    @Test
    void plainTextWithBinaryControlCharactersIsNotTakenAsText() {
        byte[] content = "Naam\u0000 en\u0007 ervaring".getBytes(StandardCharsets.UTF_8);

        assertThat(rejection(content, "cv.txt").reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void anExtractionThatTakesLongerThanTheTimeLimitIsGivenUpAndTheCvAcceptedWithItsTextPending() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        inspector.close();
        inspector = new CvInspector(limits(200_000, Duration.ofMillis(300), 1, 100),
                parsers(CvInspector.TEXT, slowParser(Long.MAX_VALUE, interrupted)));
        long start = System.nanoTime();

        InspectedCv cv = inspector.inspect(CvFixtures.text(), "cv.txt");

        assertThat(cv.textPending()).isTrue();
        assertThat(cv.text()).isNull();
        assertThat(cv.contentType()).isEqualTo("text/plain");
        assertThat(cv.sha256()).isEqualTo(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CvFixtures.text())));
        assertThat(cv.content()).isEqualTo(CvFixtures.text());
        assertThat(cv.toString()).contains("text pending").doesNotContain(CvFixtures.FIRST_PAGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(awaitQuietly(interrupted)).as("the extraction thread is interrupted").isTrue();
    }

    @Test
    void aCheckThatFailsWithinTheTimeLimitStillRefusesTheCvWhenItsTextWouldBeSlow() {
        inspector.close();
        // A generous limit: the real PDF parser must finish its check within it even on a busy machine.
        inspector = new CvInspector(limits(200_000, Duration.ofSeconds(10), 1, 100),
                parsers(CvInspector.TEXT, slowParser(Long.MAX_VALUE, new CountDownLatch(1))));

        assertThat(rejection(CvFixtures.encryptedPdf(), "cv.pdf").reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(rejection(CvFixtures.png(), "cv.txt").reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
    }

    @Test
    void aPendingTextIsExtractedInTheBackgroundWithTheTypeFromTheContent() {
        InspectedCv extracted = inspector.extractPending(CvFixtures.pdf());

        assertThat(extracted.contentType()).isEqualTo("application/pdf");
        assertThat(extracted.text()).contains(CvFixtures.FIRST_PAGE);
    }

    @Test
    void aBackgroundExtractionThatTakesLongerThanItsLimitIsGivenUpAsUnreadable() {
        CountDownLatch interrupted = new CountDownLatch(1);
        inspector.close();
        inspector = new CvInspector(limits(200_000, Duration.ofMillis(300), 1, 100, Duration.ofMillis(300)),
                parsers(CvInspector.TEXT, slowParser(Long.MAX_VALUE, interrupted)));

        CvRejectedException rejection = catchThrowableOfType(CvRejectedException.class,
                () -> inspector.extractPending(CvFixtures.text()));

        assertThat(rejection.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(rejection.getMessage()).contains("took too long");
        assertThat(awaitQuietly(interrupted)).as("the extraction thread is interrupted").isTrue();
    }

    @Test
    void whileEveryExtractionSlotIsTakenByARunawayDocumentNewCvsAreTurnedAwayAsBusy() throws Exception {
        CountDownLatch finishRunaway = new CountDownLatch(1);
        inspector.close();
        inspector = new CvInspector(limits(200_000, Duration.ofMillis(300), 1, 100),
                parsers(CvInspector.TEXT, ignoringInterruptsUntil(finishRunaway)));

        assertThat(inspector.inspect(CvFixtures.text(), "cv.txt").textPending()).isTrue();
        assertThatThrownBy(() -> inspector.inspect(CvFixtures.pdf(), "cv.pdf")).isInstanceOf(CvIntakeBusyException.class);
        assertThat(inspector.extractPending(CvFixtures.pdf()).text())
                .as("background extraction has slots of its own").contains(CvFixtures.FIRST_PAGE);

        finishRunaway.countDown();
        // Once the runaway ends its slot is free again: intake takes CVs instead of answering busy. Whether the
        // text of that CV is ready within the short limit depends on the machine's load, so it is not asserted.
        assertThat(CompletableFuture.supplyAsync(() -> awaitFreeSlot()).get(5, TimeUnit.SECONDS).sha256())
                .isNotBlank();
    }

    private InspectedCv awaitFreeSlot() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (true) {
            try {
                return inspector.inspect(CvFixtures.pdf(), "cv.pdf");
            } catch (CvIntakeBusyException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
            }
        }
    }

    private CvRejectedException rejection(byte[] content, String fileName) {
        CvRejectedException rejection = catchThrowableOfType(CvRejectedException.class,
                () -> inspector.inspect(content, fileName));
        assertThat(rejection).as("rejection of " + fileName).isNotNull();
        assertThat(rejection.getMessage()).doesNotContain(fileName).doesNotContain("Exception");
        return rejection;
    }

    private static CvProperties limits(int maxCharacters, Duration timeLimit, int concurrent, int depth) {
        return limits(maxCharacters, timeLimit, concurrent, depth, Duration.ofSeconds(60));
    }

    static CvProperties limits(int maxCharacters, Duration timeLimit, int concurrent, int depth,
            Duration backgroundTimeLimit) {
        return new CvProperties(DataSize.ofMegabytes(10), maxCharacters, timeLimit, concurrent, depth, 0.01,
                DataSize.ofMegabytes(100), backgroundTimeLimit);
    }

    static Map<MediaType, Parser> parsers(MediaType replaced, Parser replacement) {
        Map<MediaType, Parser> parsers = new HashMap<>(Map.of(CvInspector.PDF, new org.apache.tika.parser.pdf.PDFParser(),
                CvInspector.TEXT, new TXTParser()));
        parsers.put(replaced, replacement);
        return parsers;
    }

    /** A parser that sleeps (interruptibly) for the given time and counts down when interrupted. */
    static Parser slowParser(long millis, CountDownLatch interrupted) {
        return new FixedParser() {
            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException exception) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /** A parser that keeps working through interrupts until the latch opens, like a runaway library loop. */
    private static Parser ignoringInterruptsUntil(CountDownLatch finish) {
        return new FixedParser() {
            @Override
            public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
                while (true) {
                    try {
                        if (finish.await(50, TimeUnit.MILLISECONDS)) {
                            return;
                        }
                    } catch (InterruptedException ignored) {
                        // a runaway document does not stop when asked
                    }
                }
            }
        };
    }

    private abstract static class FixedParser implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.TEXT_PLAIN);
        }
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }
}
