package nl.werving.screening.text;

import java.text.Normalizer;

/**
 * Length-preserving folding for matching: every character is lower-cased and stripped of its accent on its own,
 * so position {@code i} of the folded text is position {@code i} of the original ("Oekraïense" and "oekraiense"
 * match, and evidence positions stay valid).
 */
public final class Folding {

    private Folding() {
    }

    /** The folding of every character below {@link #TABLE_SIZE}, worked out once (Latin scripts, dashes, quotes). */
    private static final int TABLE_SIZE = 0x2400;
    private static final char[] TABLE = table();

    public static String fold(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            char c = folded[i];
            folded[i] = c < TABLE_SIZE ? TABLE[c] : foldOne(c);
        }
        return new String(folded);
    }

    public static char fold(char c) {
        return c < TABLE_SIZE ? TABLE[c] : foldOne(c);
    }

    private static char[] table() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldOne(c);
        }
        return table;
    }

    private static char foldOne(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        char lower = Character.toLowerCase(c);
        if (Character.isLetter(lower)) {
            String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
            if (!decomposed.isEmpty() && decomposed.charAt(0) < 128 && Character.isLetter(decomposed.charAt(0))) {
                return decomposed.charAt(0);
            }
        }
        if (c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2212') {
            return '-';
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        if (c == '\u00a0') {
            return ' ';
        }
        return lower;
    }
}
