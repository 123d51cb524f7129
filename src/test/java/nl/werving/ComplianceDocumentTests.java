package nl.werving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/compliance.md true: every test class its "Proved by" column names exists under src/test/java, and
 * every obligation names at least one proof unless its status says "Not yet".
 */
class ComplianceDocumentTests {

    private static final Path COMPLIANCE = Path.of("docs", "compliance.md");
    private static final Path TEST_SOURCES = Path.of("src", "test", "java");
    private static final Pattern TEST_CLASS = Pattern.compile("`([A-Z][A-Za-z0-9_]*Tests)`");
    private static final String PROVED_BY = "Proved by";
    private static final String STATUS = "Status";
    private static final String NOT_YET = "Not yet";

    private List<List<String>> rows;
    private int provedBy;
    private int status;

    @BeforeEach
    void readTheTable() throws IOException {
        List<List<String>> table = Files.readAllLines(COMPLIANCE).stream().filter(line -> line.startsWith("|"))
                .map(ComplianceDocumentTests::cells).toList();
        assertThat(table).as("the obligations table in " + COMPLIANCE).hasSizeGreaterThan(2);
        List<String> header = table.get(0);
        provedBy = header.indexOf(PROVED_BY);
        status = header.indexOf(STATUS);
        assertThat(provedBy).as("a '%s' column in %s", PROVED_BY, header).isNotNegative();
        assertThat(status).as("a '%s' column in %s", STATUS, header).isNotNegative();
        rows = table.subList(2, table.size());
        assertThat(rows).allSatisfy(row -> assertThat(row).as("cells of row %s", row).hasSameSizeAs(header));
    }

    @Test
    void everyTestClassNamedAsProofExists() throws IOException {
        Set<String> named = new LinkedHashSet<>();
        for (List<String> row : rows) {
            Matcher names = TEST_CLASS.matcher(row.get(provedBy));
            while (names.find()) {
                named.add(names.group(1));
            }
        }
        assertThat(named).as("test classes named in " + COMPLIANCE).isNotEmpty();
        Set<String> existing;
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            existing = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length())).collect(Collectors.toSet());
        }
        List<String> missing = new ArrayList<>(named);
        missing.removeAll(existing);

        assertThat(missing).as("test classes named in %s that do not exist under %s", COMPLIANCE, TEST_SOURCES)
                .isEmpty();
    }

    @Test
    void everyObligationNamesItsProofUnlessItIsNotMetYet() {
        List<String> unproved = rows.stream()
                .filter(row -> row.get(provedBy).isBlank() && !row.get(status).startsWith(NOT_YET))
                .map(row -> row.get(0)).toList();

        assertThat(unproved).as("obligations in %s without a 'Proved by' whose status is not '%s'", COMPLIANCE,
                NOT_YET).isEmpty();
    }

    /** The cells of a Markdown table row, trimmed; a "|" inside backticks or escaped as "\|" does not split. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                code = !code;
            }
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }
}
