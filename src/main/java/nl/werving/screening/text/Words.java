package nl.werving.screening.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds whole words and phrases of a word list in a folded text by looking each word up, rather than trying a
 * long regular-expression alternation at every position. A word is a run of letters and digits; a phrase is up to
 * three words separated by white space.
 */
public final class Words {

    private final Set<String> entries;
    private final int longestPhrase;

    public Words(Collection<String> entries) {
        this.entries = Set.copyOf(entries.stream().map(entry -> entry.trim().replaceAll("\\s+", " ")).toList());
        this.longestPhrase = this.entries.stream().mapToInt(entry -> entry.split(" ").length).max().orElse(1);
    }

    /** [start, end) of every occurrence, longest phrase first at each word, in text order. */
    public List<int[]> findIn(String folded) {
        List<int[]> tokens = new ArrayList<>();
        int i = 0;
        int length = folded.length();
        while (i < length) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                int start = i;
                while (i < length && Character.isLetterOrDigit(folded.charAt(i))) {
                    i++;
                }
                tokens.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        List<int[]> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            for (int n = Math.min(longestPhrase, tokens.size() - t); n >= 1; n--) {
                int[] first = tokens.get(t);
                int[] last = tokens.get(t + n - 1);
                if (n > 1 && !onlyWhitespaceBetween(folded, tokens, t, n)) {
                    continue;
                }
                String candidate = n == 1 ? folded.substring(first[0], first[1])
                        : folded.substring(first[0], last[1]).replaceAll("\\s+", " ");
                if (entries.contains(candidate)) {
                    found.add(new int[] {first[0], last[1]});
                    t += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean onlyWhitespaceBetween(String folded, List<int[]> tokens, int from, int count) {
        for (int k = from; k < from + count - 1; k++) {
            for (int c = tokens.get(k)[1]; c < tokens.get(k + 1)[0]; c++) {
                if (!Character.isWhitespace(folded.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }
}
