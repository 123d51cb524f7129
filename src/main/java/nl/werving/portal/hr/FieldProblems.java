package nl.werving.portal.hr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a submitted form for the templates, keyed by the id of the input they belong to (also the
 * target of the error summary's links); each message in the page's language.
 */
public final class FieldProblems {

    /** One line of the error summary: the input it links to and what it says. */
    public record Summary(String fieldId, String text) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, String> summaries = new LinkedHashMap<>();

    static FieldProblems none() {
        return new FieldProblems();
    }

    void add(String fieldId, String message) {
        add(fieldId, message, message);
    }

    /** A problem whose line in the summary says more than the message at the field, e.g. which row it is in. */
    void add(String fieldId, String message, String summary) {
        byField.putIfAbsent(fieldId, message);
        summaries.putIfAbsent(fieldId, summary);
    }

    public boolean has(String fieldId) {
        return byField.containsKey(fieldId);
    }

    public String get(String fieldId) {
        return byField.get(fieldId);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The lines of the error summary, in the order the problems were found. */
    public List<Summary> all() {
        return summaries.entrySet().stream().map(entry -> new Summary(entry.getKey(), entry.getValue())).toList();
    }
}
