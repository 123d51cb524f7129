package nl.werving.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The shipped models as text (from the classpath, where Maven copies {@code processes/}), and edited variants. */
public final class ShippedModels {

    public static final String SCREENING_DECISION = "ScreeningDecision";
    public static final String SCREENING_DECISION_FILE = "ScreeningDecision.dmn";
    /** The rule {@link #screeningDecisionEdited()} changes. */
    public static final String CHANGED_RULE = "Rule_ScoreAtOrAboveThreshold";
    /** The rule {@link #screeningDecisionEdited()} adds. */
    public static final String ADDED_RULE = "Rule_ScoreUnreachable";

    private static final String THRESHOLD_ENTRY = "<inputEntry id=\"InputEntry_ScoreAtOrAboveThreshold_ScreeningScore\">\n"
            + "          <text>&gt;= 70</text>";
    private static final String THRESHOLD_ANNOTATION =
            "<description>The screening score is 70 or more: recommend advancing to the next step.</description>";
    private static final String TABLE_END = "    </decisionTable>";

    private ShippedModels() {
    }

    public static String screeningDecision() {
        try (InputStream stream = ShippedModels.class.getClassLoader()
                .getResourceAsStream("processes/" + SCREENING_DECISION_FILE)) {
            if (stream == null) {
                throw new IllegalStateException("processes/" + SCREENING_DECISION_FILE + " is not on the classpath");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new UncheckedIOException(exception);
        }
    }

    /**
     * The shipped screening decision as HR might edit it, recommending the same for every input (so other tests
     * are not affected while it is deployed): {@link #CHANGED_RULE} gets the equivalent score entry ">= 70.0" and a
     * new annotation, and {@link #ADDED_RULE}, a copy of the last rule, is added after it, where the hit policy
     * FIRST never reaches it.
     */
    public static String screeningDecisionEdited() {
        String shipped = screeningDecision();
        require(shipped, THRESHOLD_ENTRY);
        require(shipped, THRESHOLD_ANNOTATION);
        int lastRule = shipped.indexOf("      <rule id=\"Rule_ScoreBelowThreshold\">");
        int tableEnd = shipped.indexOf(TABLE_END);
        if (lastRule < 0 || tableEnd < lastRule) {
            throw new IllegalStateException("The shipped screening decision no longer ends with Rule_ScoreBelowThreshold");
        }
        String addedRule = shipped.substring(lastRule, tableEnd).replace("ScoreBelowThreshold", "ScoreUnreachable")
                .replace("a low score alone never rejects.", "never reached after the rule above.");
        return shipped.replace(THRESHOLD_ENTRY, THRESHOLD_ENTRY.replace("&gt;= 70", "&gt;= 70.0"))
                .replace(THRESHOLD_ANNOTATION, "<description>A screening score of at least 70 recommends advancing."
                        + "</description>")
                .replace(TABLE_END, addedRule + TABLE_END);
    }

    private static void require(String model, String text) {
        if (!model.contains(text)) {
            throw new IllegalStateException("The shipped screening decision no longer contains: " + text);
        }
    }
}
