package nl.werving.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import nl.werving.cv.CvRejectedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Intake with a document whose text is slow to extract, and the extraction screening does later. */
class CvDocumentsTests {

    private static final UUID APPLICATION = UUID.fromString("5b0d2f0e-6f1c-4a57-9a43-0c5e1f2b7d11");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    private final CvDocumentRepository repository = mock(CvDocumentRepository.class);
    private CvInspector inspector;

    @AfterEach
    void closeInspector() {
        inspector.close();
    }

    @Test
    void aCvWhoseTextIsNotExtractedWithinTheTimeLimitIsAcceptedAndStoredWithItsTextPending() {
        inspector = new CvInspector(CvInspectionTests.limits(200_000, Duration.ofMillis(50), 1, 100,
                Duration.ofSeconds(60)), CvInspectionTests.parsers(CvInspector.TEXT,
                CvInspectionTests.slowParser(Long.MAX_VALUE, new CountDownLatch(1))));
        CvDocuments documents = new CvDocuments(inspector, repository, CLOCK);

        InspectedCv cv = documents.inspect(CvFixtures.text(), "cv.txt");
        documents.store(APPLICATION, cv);

        ArgumentCaptor<CvDocument> stored = ArgumentCaptor.forClass(CvDocument.class);
        verify(repository).save(stored.capture());
        assertThat(stored.getValue().getId()).isEqualTo(APPLICATION);
        assertThat(stored.getValue().isTextPending()).isTrue();
        assertThat(stored.getValue().getContentType()).isEqualTo("text/plain");
        assertThat(stored.getValue().getContent()).isEqualTo(CvFixtures.text());
    }

    @Test
    void aPendingTextIsExtractedAndStoredWhenScreeningAsksForIt() {
        inspector = new CvInspector(CvProperties.defaults());
        CvDocument pending = pendingDocument(CvFixtures.pdf());
        CvDocuments documents = new CvDocuments(inspector, repository, CLOCK);

        Optional<String> text = documents.textOrExtract(APPLICATION);

        assertThat(text).hasValueSatisfying(value -> assertThat(value).contains(CvFixtures.FIRST_PAGE));
        assertThat(pending.isTextPending()).isFalse();
        assertThat(pending.getExtractedText()).isEqualTo(text.get());
        assertThat(pending.getContentType()).isEqualTo("application/pdf");
    }

    @Test
    void aPendingTextThatIsAlsoTooSlowInTheBackgroundIsUnreadableAndStaysPending() {
        inspector = new CvInspector(CvInspectionTests.limits(200_000, Duration.ofMillis(50), 1, 100,
                Duration.ofMillis(200)), CvInspectionTests.parsers(CvInspector.TEXT,
                CvInspectionTests.slowParser(Long.MAX_VALUE, new CountDownLatch(1))));
        CvDocument pending = pendingDocument(CvFixtures.text());
        CvDocuments documents = new CvDocuments(inspector, repository, CLOCK);

        CvRejectedException rejection = catchThrowableOfType(CvRejectedException.class,
                () -> documents.textOrExtract(APPLICATION));

        assertThat(rejection.reason()).isEqualTo(Reason.UNREADABLE);
        assertThat(pending.isTextPending()).isTrue();
    }

    @Test
    void anExtractedTextIsReturnedWithoutReadingTheDocumentAgain() {
        inspector = new CvInspector(CvProperties.defaults());
        when(repository.findExtractedText(APPLICATION)).thenReturn(Optional.of("Java developer"));

        assertThat(new CvDocuments(inspector, repository, CLOCK).textOrExtract(APPLICATION)).hasValue("Java developer");
        verify(repository, org.mockito.Mockito.never()).findById(any());
    }

    @Test
    void anApplicationWithoutACvHasNoText() {
        inspector = new CvInspector(CvProperties.defaults());
        when(repository.findExtractedText(APPLICATION)).thenReturn(Optional.empty());
        when(repository.findById(APPLICATION)).thenReturn(Optional.empty());

        assertThat(new CvDocuments(inspector, repository, CLOCK).textOrExtract(APPLICATION)).isEmpty();
    }

    private CvDocument pendingDocument(byte[] content) {
        CvDocument document = new CvDocument(APPLICATION,
                InspectedCv.pending("application/octet-stream", "0".repeat(64), content), CLOCK.instant());
        when(repository.findExtractedText(APPLICATION)).thenReturn(Optional.empty());
        when(repository.findById(APPLICATION)).thenReturn(Optional.of(document));
        return document;
    }
}
