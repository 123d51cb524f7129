package nl.werving.screening.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.werving.cv.ProductionTextExtraction;
import nl.werving.screening.CvFixtures;
import nl.werving.screening.matching.CvMatcher;
import nl.werving.screening.matching.MatchResult;
import nl.werving.screening.redaction.PersonalDetails;
import nl.werving.screening.redaction.ProtectedAttributeRedactor;
import nl.werving.vacancy.VacancyRequirements;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Measures CV screening against bare text extraction, warm and single-threaded: a two-page PDF (Dutch CV) and a
 * two-page DOCX (English CV) generated here, a vacancy with fifteen requirements. Not a test; run it with
 * scripts/bench-screening.sh. Arguments: [warm-up iterations] [measured iterations] (default 300 and 1000).
 */
public final class ScreeningBenchmark {

    private static final int LINES_PER_PAGE = 52;
    /** Neutral project lines (no skills of the vacancy) that fill the second page like a real CV would. */
    private static final List<String> FILLER_LINES = List.of(
            "- Improved the release process of the team so that a change reaches production within the same day",
            "- Worked closely with product owners and designers on user research and on the backlog refinement",
            "- Wrote technical documentation and onboarding guides that new colleagues still use every week",
            "- Organised knowledge-sharing sessions and a monthly architecture review with other product teams",
            "- Took part in the on-call rotation; analysed incidents and followed up with blameless post-mortems",
            "- Reduced the monthly hosting costs of the platform by a fifth through better capacity planning");
    private static final PersonalDetails PERSON = CvFixtures.JAN.details();

    /** Extraction as CV intake does it: CvInspector with its parsers, parser settings, limits and thread. */
    private final ProductionTextExtraction extraction = new ProductionTextExtraction();
    private final ProtectedAttributeRedactor redactor = new ProtectedAttributeRedactor();
    private final CvMatcher matcher = new CvMatcher();
    private final VacancyRequirements vacancy = CvFixtures.developerVacancy();

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        ScreeningBenchmark benchmark = new ScreeningBenchmark();
        try {
            benchmark.run(warmup, measured);
        } finally {
            benchmark.extraction.close();
        }
    }

    private void run(int warmup, int measured) throws Exception {
        byte[] pdf = pdf(lines(CvFixtures.dutchCv(CvFixtures.JAN), extraDutch()));
        byte[] docx = docx(lines(CvFixtures.englishCv(CvFixtures.JAN), extraEnglish()));
        System.out.printf(Locale.ROOT, "Java %s (%s), %s %s, %d available processors, max heap %d MiB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "Tika %s; %d requirements; warm-up %d, measured %d iterations per row%n%n",
                org.apache.tika.Tika.class.getPackage().getImplementationVersion(), vacancy.requirements().size(),
                warmup, measured);

        List<String[]> rows = new ArrayList<>();
        rows.addAll(measure("PDF", "cv.pdf", pdf, warmup, measured));
        rows.addAll(measure("DOCX", "cv.docx", docx, warmup, measured));
        System.out.printf(Locale.ROOT, "%-5s %-42s %9s %9s %9s%n", "file", "measured", "p50 ms", "p95 ms", "max ms");
        for (String[] row : rows) {
            System.out.printf(Locale.ROOT, "%-5s %-42s %9s %9s %9s%n", (Object[]) row);
        }
    }

    private List<String[]> measure(String name, String fileName, byte[] document, int warmup, int measured) throws Exception {
        String text = extract(document, fileName);
        if (text.length() < 5000) {
            throw new IllegalStateException(name + " extracted only " + text.length() + " characters:\n" + text);
        }
        MatchResult check = screen(text);
        System.out.printf(Locale.ROOT, "%s: %d bytes, %d characters extracted, score %s%n", name, document.length,
                text.length(), check.score());

        for (int i = 0; i < warmup; i++) {
            extract(document, fileName);
            screen(extract(document, fileName));
        }
        long[] extracted = new long[measured];
        long[] full = new long[measured];
        long[] screeningOnly = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            extract(document, fileName);
            extracted[i] = System.nanoTime() - start;

            start = System.nanoTime();
            screen(extract(document, fileName));
            full[i] = System.nanoTime() - start;

            start = System.nanoTime();
            screen(text);
            screeningOnly[i] = System.nanoTime() - start;
        }
        double p50Ratio = percentile(full, 50) / percentile(extracted, 50);
        double p95Ratio = percentile(full, 95) / percentile(extracted, 95);
        return List.of(
                row(name, "(a) text extraction (CvInspector)", extracted),
                row(name, "(b) extraction + redaction + matching", full),
                row(name, "    redaction + matching alone", screeningOnly),
                new String[] {name, "(b) / (a)", String.format(Locale.ROOT, "%.2f", p50Ratio),
                        String.format(Locale.ROOT, "%.2f", p95Ratio), ""});
    }

    private MatchResult screen(String text) {
        return matcher.match(redactor.redact(text, PERSON), vacancy, CvFixtures.allYes(), CvFixtures.REFERENCE_DATE);
    }

    private String extract(byte[] document, String fileName) {
        return extraction.text(document, fileName);
    }

    private static String[] row(String name, String label, long[] nanos) {
        return new String[] {name, label, ms(percentile(nanos, 50)), ms(percentile(nanos, 95)),
                ms(Arrays.stream(nanos).max().orElse(0))};
    }

    private static double percentile(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
    }

    /** The CV's lines wrapped to 95 characters, with extra entries so that it fills two pages. */
    private static List<String> lines(String cv, String extra) {
        List<String> lines = new ArrayList<>();
        for (String line : (cv + "\n" + extra).split("\n", -1)) {
            String rest = line;
            while (rest.length() > 95) {
                int cut = rest.lastIndexOf(' ', 95);
                cut = cut <= 0 ? 95 : cut;
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        for (int i = 0; lines.size() < 2 * LINES_PER_PAGE; i++) {
            lines.add(FILLER_LINES.get(i % FILLER_LINES.size()));
        }
        while (lines.size() > 2 * LINES_PER_PAGE) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int page = 0; page * LINES_PER_PAGE < lines.size(); page++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14.5f);
                    content.newLineAtOffset(50, 790);
                    for (String line : lines.subList(page * LINES_PER_PAGE,
                            Math.min(lines.size(), (page + 1) * LINES_PER_PAGE))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (document.getNumberOfPages() != 2) {
                throw new IllegalStateException("The PDF has " + document.getNumberOfPages() + " pages, not 2");
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setSpacingAfter(0);
                paragraph.createRun().setText(lines.get(i));
                if (i == LINES_PER_PAGE - 1) {
                    paragraph.createRun().addBreak(BreakType.PAGE);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String extraDutch() {
        return """
                Aanvullende projecten
                Betaalplatform, Bol.com (2021 - 2023)
                - Migratie van een monoliet naar microservices met Java, Spring Boot en PostgreSQL; eventgedreven \
                koppelingen met Kafka; contracttests en end-to-end tests in de pijplijn.
                - Verantwoordelijk voor observability: metrics, logging en tracing met Prometheus en Grafana.
                Klantportaal, ING (2016 - 2018)
                - Ontwerp en bouw van REST-API's voor het klantportaal; beveiliging met OAuth2 en OpenID Connect.
                - Performance-tests met Gatling; optimalisatie van SQL-queries en indexen.
                Interne tooling, Centric (2014)
                - Scripts voor testautomatisering in Python en Bash; rapportages voor het testteam.
                Publicaties en presentaties
                - "Van monoliet naar microservices", Java-dag Utrecht, 2022
                - "Testen in productie", meetup Amsterdam, 2023
                Nevenactiviteiten
                - Mentor bij een codeerschool voor zij-instromers (sinds 2020)
                - Vrijwilliger bij de lokale hardloopvereniging
                Referenties op aanvraag.
                """;
    }

    private static String extraEnglish() {
        return """
                Selected projects
                Payments platform, Bol.com (2021 - 2023)
                - Migrated a monolith to microservices with Java, Spring Boot and PostgreSQL; event-driven \
                integrations with Kafka; contract tests and end-to-end tests in the pipeline.
                - Owned observability: metrics, logging and tracing with Prometheus and Grafana.
                Customer portal, ING (2016 - 2018)
                - Designed and built REST APIs for the customer portal; security with OAuth2 and OpenID Connect.
                - Performance tests with Gatling; tuned SQL queries and indexes.
                Internal tooling, Centric (2014)
                - Test automation scripts in Python and Bash; reports for the test team.
                Talks
                - "From monolith to microservices", Java day Utrecht, 2022
                - "Testing in production", Amsterdam meetup, 2023
                Other activities
                - Mentor at a coding school for career changers (since 2020)
                - Volunteer at the local running club
                References available on request.
                """;
    }

    private ScreeningBenchmark() {
    }

}
