package nl.werving.audit;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * An application's timeline as a PDF (A4 landscape, OpenPDF): a heading, whether the data was erased, when the
 * document was made, and a table with the columns of the CSV export whose header row repeats on every page.
 */
public final class TimelinePdf {

    private static final float[] WIDTHS = {3.2f, 1.6f, 2.6f, 9f};

    private TimelinePdf() {
    }

    public static byte[] write(ApplicationTimeline timeline, Instant madeAt) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Audit timeline of application " + timeline.reference());
            document.addSubject("Werving audit trail");
            document.addCreationDate();
            document.open();
            document.add(new Paragraph("Audit timeline of application " + timeline.reference(),
                    FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
            document.add(new Paragraph("Made " + madeAt + " (times in UTC). "
                    + (timeline.erased() ? "The application's personal data has been erased; what remains is "
                            + "pseudonymous." : "Oldest first."), text));
            document.add(new Paragraph(" ", text));
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            for (String column : new String[] {"Time (UTC)", "Source", "Event", "Details"}) {
                PdfPCell cell = new PdfPCell(new Phrase(column, header));
                cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                table.addCell(cell);
            }
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
            for (TimelineEntry entry : timeline.entries()) {
                table.addCell(new Phrase(entry.at() == null ? "" : entry.at().toString(), small));
                table.addCell(new Phrase(entry.source(), small));
                table.addCell(new Phrase(entry.event(), small));
                table.addCell(new Phrase(TimelineCsv.text(entry.details()), small));
            }
            document.add(table);
        } catch (DocumentException failure) {
            throw new IllegalStateException("Could not write the timeline PDF", failure);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return pdf.toByteArray();
    }
}
