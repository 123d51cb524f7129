package nl.werving.fairness;

import java.util.Locale;

/**
 * Writes a {@link FairnessReport} as CSV (RFC 4180, comma-separated, header line first): one line per group per
 * table, with the table's kind ({@code stage} or {@code score}), stage, dimension, unknowns and reference group.
 * Suppressed groups have empty numbers.
 */
public final class FairnessCsv {

    private static final String HEADER = "kind,stage,dimension,group,suppressed,applicants,selected,rate,"
            + "impact_ratio,below_four_fifths,unknown,reference_group\r\n";

    private FairnessCsv() {
    }

    public static String write(FairnessReport report) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (StageReport stage : report.stages()) {
            for (GroupTable table : stage.tables()) {
                lines(csv, "stage", stage.stage().name(), table);
            }
        }
        for (GroupTable table : report.scoring().tables()) {
            lines(csv, "score", "SCREENING", table);
        }
        return csv.toString();
    }

    private static void lines(StringBuilder csv, String kind, String stage, GroupTable table) {
        for (GroupRow row : table.groups()) {
            csv.append(String.join(",", kind, stage, quote(table.dimension()), quote(row.group()),
                    Boolean.toString(row.suppressed()), text(row.applicants()), text(row.selected()),
                    text(row.rate()), text(row.impactRatio()), text(row.belowFourFifths()),
                    Integer.toString(table.unknown()), quote(table.referenceGroup()))).append("\r\n");
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double number ? String.format(Locale.ROOT, "%s", number) : value.toString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
