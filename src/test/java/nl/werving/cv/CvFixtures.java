package nl.werving.cv;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real CV documents of every accepted type, and hostile ones, made by the tests themselves (no binary fixtures in
 * the repository). Each carries sentences a test can look for in the extracted text.
 */
public final class CvFixtures {

    public static final String FIRST_PAGE = "Senior Java developer with nine years of experience in Spring Boot.";
    public static final String SECOND_PAGE = "Werkervaring als backend ontwikkelaar bij een zorgverzekeraar in Utrecht.";
    public static final List<String> SENTENCES = List.of(FIRST_PAGE, SECOND_PAGE);

    private static final String WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private CvFixtures() {
    }

    /** A two-page PDF with one sentence per page. */
    public static byte[] pdf() {
        return pdf(document -> { });
    }

    /** The two-page PDF that opens with a JavaScript action. */
    public static byte[] pdfWithJavaScript() {
        return pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('opened'); this.exportDataObject({});")));
    }

    /** The two-page PDF, encrypted: it opens only with a user password. */
    public static byte[] encryptedPdf() {
        return pdf(document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
        });
    }

    /** A PDF of one page that holds only a picture of text, like a scan. */
    public static byte[] scannedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = scan.createGraphics();
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, 600, 200);
            graphics.setColor(Color.BLACK);
            graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
            graphics.drawString("Curriculum vitae", 20, 100);
            graphics.dispose();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 500);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    private interface DocumentChange {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf(DocumentChange change) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String sentence : SENTENCES) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(72, 720);
                    content.showText(sentence);
                    content.endText();
                }
            }
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** A Word document (DOCX) with one paragraph per sentence. */
    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String sentence : SENTENCES) {
                document.createParagraph().createRun().setText(sentence);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** The DOCX saved with a password (agile encryption, as Word does). */
    public static byte[] encryptedDocx() {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("user-secret");
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                encrypted.write(docx());
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException exception) {
            throw new IllegalStateException(exception);
        }
    }

    /**
     * A DOCX whose main part declares an external entity pointing at a local file and uses it in the text, next
     * to the first sentence.
     */
    public static byte[] docxWithExternalEntity(Path secretFile) {
        String documentXml = """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE w:document [<!ENTITY secret SYSTEM "%s">]>
                <w:document xmlns:w="%s"><w:body>
                <w:p><w:r><w:t>%s</w:t></w:r></w:p>
                <w:p><w:r><w:t>&secret;</w:t></w:r></w:p>
                </w:body></w:document>""".formatted(secretFile.toUri(), WORD_NAMESPACE, FIRST_PAGE);
        return replaceEntry(docx(), "word/document.xml", out -> out.write(documentXml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A DOCX of some hundred kilobytes whose main part inflates to 200 MB of spaces. */
    public static byte[] zipBombDocx() {
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        return replaceEntry(docx(), "word/document.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WORD_NAMESPACE
                    + "\"><w:body><w:p><w:r><w:t>" + FIRST_PAGE + "</w:t></w:r></w:p>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** An ODT of some hundred kilobytes whose content.xml inflates to 200 MB of spaces. */
    public static byte[] zipBombOdt() {
        byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        return replaceEntry(odt(), "content.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                    + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>" + FIRST_PAGE + "</text:p>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.write("</office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** An OpenDocument text (ODT): a zip with its mimetype first, content.xml and a manifest. */
    public static byte[] odt() {
        StringBuilder paragraphs = new StringBuilder();
        SENTENCES.forEach(sentence -> paragraphs.append("<text:p>").append(sentence).append("</text:p>"));
        return odt(paragraphs.toString());
    }

    /** An ODT whose body nests lists the given number of levels deep around the first sentence. */
    public static byte[] odtWithNestedLists(int depth) {
        String body = "<text:list><text:list-item>".repeat(depth) + "<text:p>" + FIRST_PAGE + "</text:p>"
                + "</text:list-item></text:list>".repeat(depth);
        return odt(body);
    }

    private static byte[] odt(String body) {
        String mimeType = "application/vnd.oasis.opendocument.text";
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body></office:document-content>"""
                .formatted(body);
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
                    manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""".formatted(mimeType);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimeTypeBytes = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimeTypeEntry = new ZipEntry("mimetype");
            mimeTypeEntry.setMethod(ZipEntry.STORED);
            mimeTypeEntry.setSize(mimeTypeBytes.length);
            CRC32 crc = new CRC32();
            crc.update(mimeTypeBytes);
            mimeTypeEntry.setCrc(crc.getValue());
            zip.putNextEntry(mimeTypeEntry);
            zip.write(mimeTypeBytes);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }

    /** A Rich Text Format document with one paragraph per sentence. */
    public static byte[] rtf() {
        return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 " + FIRST_PAGE + "\\par "
                + SECOND_PAGE + "\\par}").getBytes(StandardCharsets.US_ASCII);
    }

    /** A plain UTF-8 text with one line per sentence and a few accented letters. */
    public static byte[] text() {
        return (FIRST_PAGE + "\n" + SECOND_PAGE + "\nOpleiding: HBO-ICT, Café-ervaring, één jaar in België.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG picture. */
    public static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /** A plain ZIP archive holding a text file. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("cv.txt"));
            zip.write(text());
            zip.closeEntry();
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }

    /** The start of a Windows executable: an MZ header pointing at a PE header. */
    public static byte[] windowsExecutable() {
        byte[] executable = new byte[1024];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[0x3c] = (byte) 0x80;
        executable[0x80] = 'P';
        executable[0x81] = 'E';
        for (int i = 0x100; i < executable.length; i++) {
            executable[i] = (byte) (i * 31);
        }
        return executable;
    }

    /** A file of the given size that is nothing but zero bytes after a PDF header. */
    public static byte[] ofSize(int bytes) {
        byte[] content = new byte[bytes];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private interface EntryWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The zip with one entry's content replaced; every other entry copied (stored ones as they are). */
    private static byte[] replaceEntry(byte[] original, String name, EntryWriter replacement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getMethod() == ZipEntry.STORED) {
                    out.putNextEntry(new ZipEntry(entry));
                    in.transferTo(out);
                    out.closeEntry();
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    replacement.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
        return bytes.toByteArray();
    }
}
