package nl.werving.screening.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds whole words and phrases of a word list in a folded text by looking each word up, rather than trying a
 * long regular-expression alternation at every position. A word is a run of letters and digits; a phrase is up to
 * three words separated by white space.
 *
 * <p>Tokenise a text once with {@link #tokens(String)} and look several word lists up in the same tokens.
 */
public final class Words {

    private final Set<String> entries;
    private final int longestPhrase;

    public Words(Collection<String> entries) {
        this.entries = Set.copyOf(entries.stream().map(entry -> entry.trim().replaceAll("\\s+", " ")).toList());
        this.longestPhrase = this.entries.stream().mapToInt(entry -> entry.split(" ").length).max().orElse(1);
    }

    /** The words of a folded text, found once and shared by any number of word lists. */
    public static final class Tokens {

        private final String folded;
        private final int[] starts;
        private final int[] ends;
        private final int count;

        private Tokens(String folded, int[] starts, int[] ends, int count) {
            this.folded = folded;
            this.starts = starts;
            this.ends = ends;
            this.count = count;
        }

        /** Whether only white space in the sense of {@code \s} lies between word {@code k} and the next one. */
        private boolean spaceOnlyAfter(int k) {
            for (int c = ends[k]; c < starts[k + 1]; c++) {
                char ch = folded.charAt(c);
                if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\u000B' && ch != '\f' && ch != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Splits a folded text into words (runs of letters and digits). */
    public static Tokens tokens(String folded) {
        int length = folded.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int i = 0;
        while (i < length) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                int start = i;
                while (i < length && Character.isLetterOrDigit(folded.charAt(i))) {
                    i++;
                }
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count] = i;
                count++;
            } else {
                i++;
            }
        }
        return new Tokens(folded, starts, ends, count);
    }

    /** [start, end) of every occurrence, longest phrase first at each word, in text order. */
    public List<int[]> findIn(String folded) {
        return findIn(tokens(folded));
    }

    /** As {@link #findIn(String)}, on a text already split into words. */
    public List<int[]> findIn(Tokens tokens) {
        List<int[]> found = new ArrayList<>();
        String folded = tokens.folded;
        for (int t = 0; t < tokens.count; t++) {
            for (int n = Math.min(longestPhrase, tokens.count - t); n >= 1; n--) {
                if (n > 1 && !spaceOnlyBetween(tokens, t, n)) {
                    continue;
                }
                String candidate;
                if (n == 1) {
                    candidate = folded.substring(tokens.starts[t], tokens.ends[t]);
                } else {
                    StringBuilder phrase = new StringBuilder();
                    for (int k = t; k < t + n; k++) {
                        if (k > t) {
                            phrase.append(' ');
                        }
                        phrase.append(folded, tokens.starts[k], tokens.ends[k]);
                    }
                    candidate = phrase.toString();
                }
                if (entries.contains(candidate)) {
                    found.add(new int[] {tokens.starts[t], tokens.ends[t + n - 1]});
                    t += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * Whether the words from {@code from} on are separated by white space only. Only the characters of {@code \s}
     * make a phrase: other white space ({@link Character#isWhitespace}) stays in the phrase, which then never equals
     * an entry.
     */
    private static boolean spaceOnlyBetween(Tokens tokens, int from, int count) {
        for (int k = from; k < from + count - 1; k++) {
            if (!tokens.spaceOnlyAfter(k)) {
                return false;
            }
        }
        return true;
    }
}
