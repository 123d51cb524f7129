package nl.werving.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelinePdfTests {

    @Test
    void thePdfHoldsTheHeadingAndOneRowPerEntry() throws Exception {
        ApplicationTimeline timeline = new ApplicationTimeline("W-PDF123", true, List.of(
                new TimelineEntry(Instant.parse("2026-11-02T09:00:00Z"), "TASK", "task-created",
                        Map.of("task", "Task_ReviewScreening")),
                new TimelineEntry(Instant.parse("2026-11-02T09:05:00Z"), "ERASURE", "erased", Map.of())));

        byte[] pdf = TimelinePdf.write(timeline, Instant.parse("2026-11-03T10:00:00Z"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Audit timeline of application W-PDF123", "task-created",
                    "task=Task_ReviewScreening", "erased", "pseudonymous");
            assertThat(reader.getInfo()).containsEntry("Title", "Audit timeline of application W-PDF123");
        } finally {
            reader.close();
        }
    }
}
