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

    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            folded[i] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    public static char fold(char c) {
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
